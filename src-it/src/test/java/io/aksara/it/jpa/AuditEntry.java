package io.aksara.it.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A JPA entity the application writes next to Aksara models, in the same transaction. */
@Entity
@Table(name = "jpa_audit_entries")
public class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String note;

    protected AuditEntry() {}

    public AuditEntry(String note) {
        this.note = note;
    }
}
