package io.aksara.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The deterministic parameter sequences: operation {@code i} of every stack sees the same id,
 * level, offset, shape and city, so all stacks do the same work (benchmarks.md §6, "cursors").
 */
public final class Params {
    public static final int WORLD_ROWS = 10_000;
    public static final int JOURNAL_ROWS = 10_000;
    public static final int CITIES = 100;
    public static final int PAGE = 20;
    public static final int BULK = 100;
    public static final OffsetDateTime JOURNAL_START = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    public static final String EXTRA_FORTUNE = "Additional fortune added at request time.";

    private Params() {}

    /** W1, W5: ids cycle 1..10,000. */
    public static int id(int i) {
        return Math.floorMod(i, WORLD_ROWS) + 1;
    }

    /** W2-W4: levels cycle 10, 20, 30, 40, 50. */
    public static int level(int i) {
        return 10 * (1 + Math.floorMod(i, 5));
    }

    /** W3: page offsets 0, 20, ..., 980, changing every 5 operations (so every level sees every offset). */
    public static int offset(int i) {
        return Math.floorMod(i / 5, 50) * PAGE;
    }

    /** W4: the shape, bit 1 = {@code ts >= since}, bit 2 = {@code text startswith prefix}. */
    public static int shape(int i) {
        return Math.floorMod(i, 4);
    }

    /** W4: the {@code ts >= since} bound, 0..99 hours into the 103 hours of journal data. */
    public static OffsetDateTime since(int i) {
        return JOURNAL_START.plus(Duration.ofHours(Math.floorMod(i / 4, 100)));
    }

    /** W4: the text prefix, "Journal entry 1" .. "Journal entry 9". */
    public static String prefix(int i) {
        return "Journal entry " + (1 + Math.floorMod(i / 4, 9));
    }

    /** W7: cities cycle 1..100 (50 owners each, 2 pets per owner). */
    public static int city(int i) {
        return Math.floorMod(i, CITIES) + 1;
    }

    /** W5: the new value of world.randomnumber: changes on every update, stays in 1..10,000. */
    public static int nextRandom(int old) {
        return old % WORLD_ROWS + 1;
    }

    /** W6: the rows every stack inserts (the same values each operation; the keys are new). */
    public static Rows.JournalData[] bulkRows(int n) {
        Rows.JournalData[] rows = new Rows.JournalData[n];
        for (int k = 0; k < n; k++) {
            rows[k] = new Rows.JournalData(JOURNAL_START.plusSeconds(37L * k), (short) level(k),
                    "Bulk entry " + k + " of a batch of " + n, k, 1_000_003L * k,
                    new BigDecimal(k).movePointLeft(2).setScale(4), k % 2 == 0);
        }
        return rows;
    }
}
