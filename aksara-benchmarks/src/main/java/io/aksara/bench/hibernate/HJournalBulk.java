package io.aksara.bench.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** W6 target. Sequence ids with allocationSize 50 (benchmarks.md §6.1), so inserts can be JDBC-batched. */
@Entity
@Table(name = "journal_bulk")
public class HJournalBulk extends HJournalFields {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_bulk_hib")
    @SequenceGenerator(name = "journal_bulk_hib", sequenceName = "journal_bulk_hib_seq", allocationSize = 50)
    public Long id;
}
