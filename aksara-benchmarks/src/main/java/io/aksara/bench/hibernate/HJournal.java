package io.aksara.bench.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "journal")
public class HJournal extends HJournalFields {
    @Id
    public Long id;
}
