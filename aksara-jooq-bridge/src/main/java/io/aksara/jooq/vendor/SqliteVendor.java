package io.aksara.jooq.vendor;

import io.aksara.meta.Naming;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * SQLite through xerial's sqlite-jdbc, a file database in this process: one writer at a time (a
 * transaction takes the write lock when it begins, and waits for it up to the busy timeout), no
 * row locks, no exact decimals, timestamps as UTC text ({@code 2026-01-31 12:00:00.000000}) so
 * that text order is time order and SQLite's date functions read them. Foreign keys are switched
 * on for every connection.
 *
 * <pre>{@code
 * Aksara.configure(DatabaseConfig.builder().url("jdbc:sqlite:shop.db").build());
 * }</pre>
 */
public class SqliteVendor implements Vendor {
    private static final Pattern UNIQUE_COLUMNS = Pattern.compile("(UNIQUE|PRIMARY KEY) constraint failed: ([\\w.]+(?:,\\s*[\\w.]+)*)");
    /**
     * No RETURNING: SQLite has it, but jOOQ renders none for SQLITE, and the driver reports only the
     * last key of a multi-row INSERT (bulkCreate counts back from it: {@link #bulkKeysAreConsecutive}).
     */
    private static final Set<Feature> FEATURES = EnumSet.of(Feature.TRANSACTIONAL_DDL,
            Feature.WINDOW_FRAMES, Feature.JSON, Feature.ON_DELETE_SET_DEFAULT, Feature.REGEX,
            Feature.STATISTICAL_AGGREGATES);

    @Override public String name() { return "sqlite"; }

    @Override public String displayName() { return "SQLite"; }

    @Override public SQLDialect dialect() { return SQLDialect.SQLITE; }

    @Override public boolean acceptsUrl(String url) { return url.startsWith("jdbc:sqlite:"); }

    @Override public Set<Feature> features() { return FEATURES; }

    @Override
    public void addDriverProperties(String url, Properties properties) {
        // SQLite enforces foreign keys only when asked, per connection
        properties.putIfAbsent("foreign_keys", "true");
        // readers go on while one connection writes
        properties.putIfAbsent("journal_mode", "WAL");
        // a second writer waits for the lock rather than failing at once
        properties.putIfAbsent("busy_timeout", "10000");
        // a transaction takes the write lock when it begins: a deferred one that reads, then writes,
        // fails at once (SQLITE_BUSY) when another connection wrote meanwhile, whatever the timeout
        properties.putIfAbsent("transaction_mode", "IMMEDIATE");
        // LIKE is case-insensitive by default; contains and startswith must not be
        properties.putIfAbsent("case_sensitive_like", "true");
    }

    /** lower/upper for every alphabet and regexp, as Java functions ({@link SqliteFunctions}). */
    @Override
    public void prepareConnection(Connection connection) throws SQLException {
        SqliteFunctions.register(connection);
    }

    /** {@code setReadOnly} as {@code PRAGMA query_only}, which SQLite changes at any time ({@link SqliteReadOnly}). */
    @Override
    public Connection switchableReadOnly(Connection connection) {
        return SqliteReadOnly.wrap(connection);
    }

    @Override
    public Connection releaseConnection(Connection connection) throws SQLException {
        return SqliteReadOnly.unwrap(connection);
    }

    /**
     * SQLite names the columns of a broken unique key ({@code UNIQUE constraint failed: t.a, t.b});
     * Aksara's constraint of those columns has the name {@link Naming#constraintName} gives them.
     */
    @Override
    public String constraintName(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = UNIQUE_COLUMNS.matcher(message);
        if (!m.find()) {
            return null;
        }
        String table = null;
        List<String> columns = new ArrayList<>();
        for (String column : m.group(2).split(",\\s*")) {
            int dot = column.indexOf('.');
            table = column.substring(0, dot);
            columns.add(column.substring(dot + 1).trim());
        }
        return Naming.constraintName(m.group(1).equals("PRIMARY KEY") ? "pk" : "uq", table,
                m.group(1).equals("PRIMARY KEY") ? List.of() : columns);
    }

    /** Java's patterns (the regexp function): case folded in every alphabet, as on the other databases. */
    @Override
    public Condition regexMatchIgnoringCase(Field<?> column, Field<String> pattern) {
        return DSL.condition("{0} regexp {1}", column, pattern);
    }

    @Override public String caseInsensitiveRegexFlags() { return "(?iu)"; }

    /** The current instant as stored timestamps are written: UTC, six fractional digits. */
    @Override
    public Field<?> now() {
        return DSL.field("strftime('%Y-%m-%d %H:%M:%f000', 'now')", Object.class);
    }

    @Override
    public Field<?> truncateTime(String kind, Field<?> time, DataType<Object> type) {
        String sql = switch (kind) {
            case "hour" -> "strftime('%H:00:00.000000', {0})";
            case "minute" -> "strftime('%H:%M:00.000000', {0})";
            case "second" -> "(strftime('%H:%M:%S', {0}) || '.000000')";
            default -> throw new IllegalStateException("Trunc kind " + kind + " for a time");
        };
        return DSL.field(sql, type, time);
    }

    @Override
    public Field<?> truncate(String kind, Field<?> source, DataType<Object> type, boolean date) {
        // as stored date-times are written (six fractional digits), so a truncated value equals a stored one
        String time = date ? "" : " 00:00:00.000000";
        // each kind maps to a constant here: the kind chooses the SQL, it is never part of it
        String sql = switch (kind) {
            case "year" -> "strftime('%Y-01-01" + time + "', {0})";
            case "quarter" -> "printf('%s-%02d-01" + time + "', strftime('%Y', {0}),"
                    + " ((cast(strftime('%m', {0}) as integer) - 1) / 3) * 3 + 1)";
            case "month" -> "strftime('%Y-%m-01" + time + "', {0})";
            // to the next Sunday unless it is one, then back to that week's Monday
            case "week" -> "strftime('%Y-%m-%d" + time + "', {0}, 'weekday 0', '-6 days')";
            case "day" -> "strftime('%Y-%m-%d" + time + "', {0})";
            case "hour" -> "strftime('%Y-%m-%d %H:00:00.000000', {0})";
            case "minute" -> "strftime('%Y-%m-%d %H:%M:00.000000', {0})";
            case "second" -> "(strftime('%Y-%m-%d %H:%M:%S', {0}) || '.000000')";
            default -> throw new IllegalStateException("Trunc kind " + kind);
        };
        return DSL.field(sql, type, source);
    }

    @Override
    public Field<?> datePart(Field<?> timestamp) {
        return DSL.field("date({0})", SQLDataType.VARCHAR, timestamp);
    }

    /** As stored times are written, with six fractional digits (SQLite's own timestamps have none). */
    @Override
    public Field<?> timePart(Field<?> timestamp) {
        return DSL.field("(strftime('%H:%M:%S', {0}) || substr({0} || '.000000', 20, 7))", SQLDataType.VARCHAR, timestamp);
    }

    @Override
    public Field<?> isoWeek(Field<?> source) {
        return DSL.field("cast(strftime('%V', {0}) as integer)", SQLDataType.INTEGER, source);
    }

    @Override
    public Field<?> isoYear(Field<?> source) {
        return DSL.field("cast(strftime('%G', {0}) as integer)", SQLDataType.INTEGER, source);
    }

    @Override public boolean offsetNeedsLimit() { return true; }

    /** EXPLAIN alone lists the bytecode; the plan is EXPLAIN QUERY PLAN's. */
    @Override public String explainPrefix() { return "explain query plan "; }

    /** json_extract gives SQL values (1 for true): json_type tells booleans and JSON null apart. */
    @Override
    public Field<String> jsonText(Field<Object> column, List<String> keys) {
        return DSL.field("(case json_type({0}, {1}) when 'true' then 'true' when 'false' then 'false' when 'null' then null"
                + " else cast(json_extract({0}, {1}) as text) end)", SQLDataType.VARCHAR, column, DSL.val(JsonPaths.quoted(keys)));
    }

    @Override
    public Field<Integer> charLength(Field<String> text) {
        return DSL.field("length({0})", SQLDataType.INTEGER, text);
    }

    /**
     * The driver reports only the last rowid of a multi-row INSERT, but one writer holds the database
     * for the whole statement and each new rowid is the largest so far plus one: the keys of its rows
     * are the ones before it.
     */
    @Override public boolean bulkKeysAreConsecutive() { return true; }

    /**
     * The driver reports no key of a batch, and rows skipped by a conflict still use up
     * AUTOINCREMENT numbers, so the keys of the rows that went in cannot be counted back: one
     * statement per row reads its own (RETURNING, SQLite 3.35), in process.
     */
    @Override public boolean insertIgnoreRowByRow() { return true; }

    @Override public ErrorCodes errorCodes() { return SqliteErrorCodes.INSTANCE; }

    @Override public String liquibaseName() { return "sqlite"; }

    @Override
    public Map<String, String> liquibaseTypes() {
        // what Aksara stores as text declares its kind, which SQLite keeps for inspectdb to read
        // (SqliteDeclaredTypes); JSON keeps TEXT affinity, so a JSON number stays the text it was
        return LiquibaseTypes.of("BLOB", "", "TIMESTAMP WITH TIME ZONE", "JSON_TEXT", "TIMESTAMP", "TEXT", "UUID");
    }
}
