package io.aksara.jooq.internal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Stand-in values for the slots of a shape: one per slot, of the slot's class, all different from
 * each other and from anything a user is likely to pass, and free of LIKE's special characters.
 * Lowering the shape with them shows where each value lands among the statement's bind values.
 */
final class Probes {
    private Probes() {}

    static Object[] of(Object[] slots) {
        Object[] probes = new Object[slots.length];
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] instanceof List<?> list) {
                // an in list bound as one array: two probes of its class, numbered after every other slot's
                Class<?> type = list.getFirst().getClass();
                probes[i] = List.of(probe(type, slots.length + 2 * i), probe(type, slots.length + 2 * i + 1));
            } else {
                probes[i] = probe(slots[i].getClass(), i);
            }
        }
        return probes;
    }

    /** A slot at position {@code i} of the statement's slice (offset, limit) must stay a small positive number. */
    private static Object probe(Class<?> type, int i) {
        int n = 7919 + 104_729 * i; // distinct, odd-looking, and no product of two other probes' positions
        if (type == String.class) {
            return "\u0001probe" + i + "\u0002";
        }
        if (type == Integer.class) {
            return n;
        }
        if (type == Long.class) {
            return (long) n;
        }
        if (type == Short.class) {
            return (short) (1_009 + i * 7);
        }
        if (type == BigDecimal.class) {
            return BigDecimal.valueOf(n);
        }
        if (type == Double.class) {
            return (double) n + 0.5;
        }
        if (type == Float.class) {
            return (float) n + 0.5f;
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.of(2001, 2, 3, 4, 5, 6, 0, ZoneOffset.UTC).plusMinutes(n);
        }
        if (type == LocalDate.class) {
            return LocalDate.of(1901, 1, 1).plusDays(i * 37L + 11);
        }
        if (type == LocalTime.class) {
            return LocalTime.of(0, 0).plusSeconds(i * 61L + 7);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.of(2001, 2, 3, 4, 5, 6).plusMinutes(n);
        }
        if (type == UUID.class) {
            return new UUID(0x5eed_5eedL, i + 1L);
        }
        throw new IllegalArgumentException("no probe for " + type);
    }
}
