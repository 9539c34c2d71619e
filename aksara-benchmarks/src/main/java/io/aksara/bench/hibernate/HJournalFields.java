package io.aksara.bench.hibernate;

import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The 7 value columns of journal and journal_bulk. */
@MappedSuperclass
public abstract class HJournalFields {
    public OffsetDateTime ts;
    public short level;
    public String text;
    public int a;
    public long b;
    public BigDecimal c;
    public boolean d;
}
