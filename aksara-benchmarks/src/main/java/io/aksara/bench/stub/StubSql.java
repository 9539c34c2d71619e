package io.aksara.bench.stub;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the stub database answers to one SQL text, worked out once per text (the stacks send the
 * same texts again and again): which canned table a SELECT reads and which of its columns, how
 * many rows it returns, and the row count of an UPDATE or INSERT. The canned tables are built once
 * and shared, so answering allocates nothing but the result set.
 *
 * <ul>
 *   <li>{@code world} (id, randomnumber), 10,000 rows: a SELECT returns the row whose id is the
 *       first parameter;</li>
 *   <li>{@code journal} (id, ts, level, text, a, b, c, d), 1,000 rows: a SELECT returns as many as
 *       its last parameter (the limit) asks;</li>
 *   <li>{@code count(*)}: one row, 1; an UPDATE: 1 row; an INSERT of n value rows: n rows and n
 *       generated keys (also as the rows of {@code RETURNING}).</li>
 * </ul>
 */
record StubSql(Kind kind, Object[][] table, int[] columns, int parameters, int insertedRows) {
    enum Kind { WORLD, JOURNAL, COUNT, UPDATE, INSERT, OTHER }

    private static final List<String> WORLD_COLUMNS = List.of("id", "randomnumber");
    private static final List<String> JOURNAL_COLUMNS = List.of("id", "ts", "level", "text", "a", "b", "c", "d");
    static final Object[][] WORLD = world();
    static final Object[][] JOURNAL = journal();
    static final Object[][] COUNT = {{1L}};
    static final Object[][] KEYS = keys();
    private static final Map<String, StubSql> BY_TEXT = new ConcurrentHashMap<>();

    static StubSql of(String sql) {
        return BY_TEXT.computeIfAbsent(sql, StubSql::parse);
    }

    private static StubSql parse(String sql) {
        String s = sql.toLowerCase(Locale.ROOT).trim();
        int parameters = (int) s.chars().filter(ch -> ch == '?').count();
        if (s.startsWith("update")) {
            return new StubSql(Kind.UPDATE, null, null, parameters, 1);
        }
        if (s.startsWith("insert")) {
            int rows = s.split("\\(\\?", -1).length - 1;
            return new StubSql(Kind.INSERT, KEYS, new int[] {0}, parameters, rows);
        }
        if (!s.startsWith("select") || !s.contains(" from ")) {
            return new StubSql(Kind.OTHER, null, null, parameters, 0);
        }
        String list = s.substring("select".length(), s.indexOf(" from ")).trim();
        String from = s.substring(s.indexOf(" from ") + 6).trim().split("[ )]")[0].replace("\"", "").replace("`", "");
        if (list.contains("count(")) {
            return new StubSql(Kind.COUNT, COUNT, new int[] {0}, parameters, 0);
        }
        List<String> names = from.equals("world") ? WORLD_COLUMNS : from.equals("journal") ? JOURNAL_COLUMNS : List.of();
        String[] items = list.split(",");
        int[] columns = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            String item = items[i].trim().split(" ")[0];
            String name = item.substring(item.lastIndexOf('.') + 1).replace("\"", "").replace("`", "");
            columns[i] = names.indexOf(name);
        }
        Kind kind = from.equals("world") ? Kind.WORLD : from.equals("journal") ? Kind.JOURNAL : Kind.OTHER;
        return new StubSql(kind, kind == Kind.WORLD ? WORLD : kind == Kind.JOURNAL ? JOURNAL : new Object[0][], columns,
                parameters, 0);
    }

    /** The result of running this statement with these parameters. */
    StubResultSet rows(StubStatement st) {
        return switch (kind) {
            case WORLD -> {
                int id = (int) st.number(0);
                yield new StubResultSet(st, table, columns, id >= 1 && id <= WORLD.length ? id - 1 : 0, id >= 1 && id <= WORLD.length ? 1 : 0);
            }
            case JOURNAL -> new StubResultSet(st, table, columns, 0, (int) Math.min(JOURNAL.length, st.number(parameters - 1)));
            case COUNT -> new StubResultSet(st, table, columns, 0, 1);
            case INSERT -> new StubResultSet(st, table, columns, 0, insertedRows);
            case UPDATE, OTHER -> new StubResultSet(st, COUNT, new int[0], 0, 0);
        };
    }

    /** The row count of running this statement. */
    int updateCount() {
        return kind == Kind.INSERT ? insertedRows : kind == Kind.UPDATE ? 1 : 0;
    }

    private static Object[][] world() {
        Object[][] rows = new Object[10_000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {i + 1, (i * 7_919) % 10_000 + 1};
        }
        return rows;
    }

    private static Object[][] journal() {
        Object[][] rows = new Object[1_000][];
        OffsetDateTime start = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {(long) i + 1, start.plusSeconds(37L * i), (short) (10 * (1 + i % 5)),
                "Journal entry " + (i + 1), i * 3, (long) i * 1_000_003L, BigDecimal.valueOf(i * 1_234L, 4), i % 2 == 0};
        }
        return rows;
    }

    private static Object[][] keys() {
        Object[][] rows = new Object[1_000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {(long) i + 1};
        }
        return rows;
    }
}
