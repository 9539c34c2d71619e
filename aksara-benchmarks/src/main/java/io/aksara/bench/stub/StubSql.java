package io.aksara.bench.stub;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 *   <li>{@code journal} (id, ts, level, text, a, b, c, d), 10,000 rows: a SELECT returns as many as
 *       its limit parameter asks ({@code limit ?} or {@code fetch next ?}; without one, its last
 *       parameter), so W3's page of 20 at an offset reads 20 rows on both stacks;</li>
 *   <li>{@code owner} (id, first_name, last_name, city_id), 1,000 rows, and {@code pet} (id, name,
 *       birth_date, owner_id), two per owner: a SELECT of owners returns as many as its first
 *       parameter (the city) says, so W7's city is its number of parents; a SELECT of pets returns
 *       the pets of as many owners as it asks for (an {@code IN} list, or one array of keys); the
 *       raw JDBC stack's {@code owner left join pet} returns two joined rows per owner; a city from
 *       {@link #SPREAD_CITY} up reads owners whose ids are 100 apart (as on PostgreSQL), and a SELECT
 *       of pets whose first key is 100 reads their pets;</li>
 *   <li>{@code count(*)}: one row, 1; an UPDATE: 1 row (from {@code unnest} of arrays: as many as its
 *       first array holds; in a batch: 1 per batched row); an INSERT of n value rows: n rows and n
 *       generated keys (also as the rows of {@code RETURNING}); an INSERT from {@code unnest} of
 *       arrays: as many as its first array holds.</li>
 * </ul>
 *
 * @param rowsFrom an INSERT's number of value rows (-1: the length of its first array); a journal
 *                 SELECT's index of its limit parameter; else unused
 */
record StubSql(Kind kind, Object[][] table, int[] columns, int parameters, int rowsFrom) {
    enum Kind { WORLD, JOURNAL, OWNER, PET, OWNER_PETS, COUNT, UPDATE, INSERT, OTHER }

    private static final List<String> WORLD_COLUMNS = List.of("id", "randomnumber");
    private static final List<String> JOURNAL_COLUMNS = List.of("id", "ts", "level", "text", "a", "b", "c", "d");
    private static final List<String> OWNER_COLUMNS = List.of("id", "first_name", "last_name", "city_id");
    private static final List<String> PET_COLUMNS = List.of("id", "name", "birth_date", "owner_id");
    static final Object[][] WORLD = world();
    static final Object[][] JOURNAL = journal();
    static final Object[][] COUNT = {{1L}};
    static final Object[][] KEYS = keys();
    static final Object[][] OWNERS = owners(1);
    static final Object[][] PETS = pets(1);
    /** A city from this number up asks for {@code city - SPREAD_CITY} owners of {@link #SPREAD_OWNERS}. */
    static final int SPREAD_CITY = 1_000_000;
    /** The step between ids of {@link #SPREAD_OWNERS}, and so their first id. */
    static final int SPREAD_STEP = 100;
    /** W7s: the owners with ids 100, 200, ..., spread as W7's owners of one city are on PostgreSQL. */
    static final Object[][] SPREAD_OWNERS = owners(SPREAD_STEP);
    /** Their pets, two each: asked for by keys starting at {@link #SPREAD_STEP}. */
    static final Object[][] SPREAD_PETS = pets(SPREAD_STEP);
    /** {@code owner left join pet}: o.id, o.first_name, o.last_name, p.id, p.name, p.birth_date. */
    static final Object[][] OWNER_PETS = ownerPets();
    private static final Map<String, StubSql> BY_TEXT = new ConcurrentHashMap<>();

    static StubSql of(String sql) {
        return BY_TEXT.computeIfAbsent(sql, StubSql::parse);
    }

    private static StubSql parse(String sql) {
        String s = sql.toLowerCase(Locale.ROOT).trim();
        int parameters = (int) s.chars().filter(ch -> ch == '?').count();
        if (s.startsWith("update")) {
            // UPDATE ... FROM unnest(?::int8[], ..): as many rows as the first array holds (-1: ask the statement)
            return new StubSql(Kind.UPDATE, null, null, parameters, s.contains(" unnest(") ? -1 : 1);
        }
        if (s.startsWith("insert")) {
            // INSERT ... SELECT * FROM unnest(?::int8[], ..): as many rows as the first array holds (-1: ask the statement)
            int rows = s.contains(" unnest(") ? -1 : s.split("\\(\\?", -1).length - 1;
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
        if (from.equals("owner") && s.contains(" join pet ")) {
            return new StubSql(Kind.OWNER_PETS, OWNER_PETS, new int[] {0, 1, 2, 3, 4, 5}, parameters, 0);
        }
        List<String> names = switch (from) {
            case "world" -> WORLD_COLUMNS;
            case "journal" -> JOURNAL_COLUMNS;
            case "owner" -> OWNER_COLUMNS;
            case "pet" -> PET_COLUMNS;
            default -> List.of();
        };
        String[] items = list.split(",");
        int[] columns = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            String item = items[i].trim().split(" ")[0];
            String name = item.substring(item.lastIndexOf('.') + 1).replace("\"", "").replace("`", "");
            columns[i] = names.indexOf(name);
        }
        return switch (from) {
            case "world" -> new StubSql(Kind.WORLD, WORLD, columns, parameters, 0);
            case "journal" -> new StubSql(Kind.JOURNAL, JOURNAL, columns, parameters, limitParameter(s, parameters));
            case "owner" -> new StubSql(Kind.OWNER, OWNERS, columns, parameters, 0);
            case "pet" -> new StubSql(Kind.PET, PETS, columns, parameters, 0);
            default -> new StubSql(Kind.OTHER, new Object[0][], columns, parameters, 0);
        };
    }

    /**
     * For a SELECT of journal rows (kept in {@code rowsFrom}): the index of the parameter that
     * is its limit, the one after {@code limit} or {@code fetch next/first}; else the last one.
     */
    private static int limitParameter(String s, int parameters) {
        for (String token : new String[] {"limit ?", "fetch next ?", "fetch first ?"}) {
            int at = s.indexOf(token);
            if (at >= 0) {
                return (int) s.substring(0, at + token.length()).chars().filter(ch -> ch == '?').count() - 1;
            }
        }
        return parameters - 1;
    }

    /** The result of running this statement with these parameters. */
    StubResultSet rows(StubStatement st) {
        return switch (kind) {
            case WORLD -> {
                int id = (int) st.number(0);
                yield new StubResultSet(st, table, columns, id >= 1 && id <= WORLD.length ? id - 1 : 0, id >= 1 && id <= WORLD.length ? 1 : 0);
            }
            case JOURNAL -> new StubResultSet(st, table, columns, 0, (int) Math.min(JOURNAL.length, st.number(rowsFrom)));
            case OWNER -> st.number(0) >= SPREAD_CITY // W7s: the owners with ids 100 apart
                    ? new StubResultSet(st, SPREAD_OWNERS, columns, 0, (int) Math.min(SPREAD_OWNERS.length, st.number(0) - SPREAD_CITY))
                    : new StubResultSet(st, table, columns, 0, (int) Math.min(OWNERS.length, st.number(0)));
            case PET -> new StubResultSet(st, st.firstKey() == SPREAD_STEP ? SPREAD_PETS : table, columns, 0,
                    Math.min(PETS.length, 2 * st.keysAsked()));
            case OWNER_PETS -> new StubResultSet(st, table, columns, 0, (int) Math.min(OWNER_PETS.length, 2 * st.number(0)));
            case COUNT -> new StubResultSet(st, table, columns, 0, 1);
            case INSERT -> new StubResultSet(st, table, columns, 0, updateCount(st));
            case UPDATE, OTHER -> new StubResultSet(st, COUNT, new int[0], 0, 0);
        };
    }

    /** The row count of running this statement. */
    int updateCount(StubStatement st) {
        return kind == Kind.INSERT ? (rowsFrom >= 0 ? rowsFrom : st.firstArrayLength()) : kind == Kind.UPDATE ? (rowsFrom >= 0 ? 1 : st.firstArrayLength()) : 0;
    }

    private static Object[][] world() {
        Object[][] rows = new Object[10_000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {i + 1, (i * 7_919) % 10_000 + 1};
        }
        return rows;
    }

    private static Object[][] journal() {
        Object[][] rows = new Object[10_000][];
        OffsetDateTime start = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {(long) i + 1, start.plusSeconds(37L * i), (short) (10 * (1 + i % 5)),
                "Journal entry " + (i + 1), i * 3, (long) i * 1_000_003L, BigDecimal.valueOf(i * 1_234L, 4), i % 2 == 0};
        }
        return rows;
    }

    /** Owners whose ids are {@code step} apart (1 apart: 1, 2, ...; else step, 2 step, ...). */
    private static Object[][] owners(int step) {
        Object[][] rows = new Object[1_000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {ownerId(i, step), "First" + (i + 1), "Last" + (i + 1), 1};
        }
        return rows;
    }

    /** Two pets per owner of {@link #owners}{@code (step)}, in the owners' order. */
    private static Object[][] pets(int step) {
        Object[][] rows = new Object[2 * 1_000][];
        LocalDate born = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {i + 1, "Pet" + (i + 1), born.plusDays(i % 1_000), ownerId(i / 2, step)};
        }
        return rows;
    }

    private static int ownerId(int index, int step) {
        return step == 1 ? index + 1 : (index + 1) * step;
    }

    private static Object[][] ownerPets() {
        Object[][] rows = new Object[PETS.length][];
        for (int i = 0; i < rows.length; i++) {
            Object[] owner = OWNERS[i / 2];
            rows[i] = new Object[] {owner[0], owner[1], owner[2], PETS[i][0], PETS[i][1], PETS[i][2]};
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
