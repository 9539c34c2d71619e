package io.aksara.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The plain result types of the raw JDBC and jOOQ stacks (no annotations, as in the reference run). */
public final class Rows {
    private Rows() {}

    public record WorldRow(int id, int randomNumber) {}

    public record JournalRow(long id, OffsetDateTime ts, short level, String text, int a, long b, BigDecimal c, boolean d) {}

    /** A journal row to insert (W6): everything but the key. */
    public record JournalData(OffsetDateTime ts, short level, String text, int a, long b, BigDecimal c, boolean d) {}

    public record FortuneRow(int id, String message) {}

    public record PetRow(int id, String name, LocalDate birthDate) {}

    public record OwnerRow(int id, String firstName, String lastName, List<PetRow> pets) {}
}
