package io.aksara.jooq.vendor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * PostgreSQL through pgjdbc: every feature Aksara knows, sessions in UTC, {@code date_trunc},
 * SQL states for every error.
 *
 * <pre>{@code Vendors.forUrl("jdbc:postgresql://db/shop") instanceof PostgresVendor   // true}</pre>
 */
public class PostgresVendor implements Vendor {
    private static final Set<Feature> FEATURES = EnumSet.allOf(Feature.class);
    private static final ErrorCodes ERRORS = ErrorCodes.builder().including(ErrorCodes.STANDARD)
            .state("55P03", ErrorKind.LOCK_NOT_AVAILABLE).state("40P01", ErrorKind.DEADLOCK)
            .state("23P01", ErrorKind.INTEGRITY)
            // shutting down, starting up, terminated by the administrator: the connection is gone
            .state("57P01", ErrorKind.CONNECTION_LOST).state("57P02", ErrorKind.CONNECTION_LOST)
            .state("57P03", ErrorKind.CONNECTION_LOST).build();

    @Override public String name() { return "postgres"; }

    @Override public String displayName() { return "PostgreSQL"; }

    @Override public SQLDialect dialect() { return SQLDialect.POSTGRES; }

    @Override public boolean acceptsUrl(String url) { return url.startsWith("jdbc:postgresql:"); }

    @Override public boolean setsIsolationPerTransaction() { return true; }

    @Override public Set<Feature> features() { return FEATURES; }

    /** pgjdbc sets the session zone from the JVM's; UTC makes date parts of timestamps UTC parts. */
    @Override public String connectionInitSql() { return "set time zone 'UTC'"; }

    @Override public String stopQuerySql(long sessionId) { return "SELECT pg_cancel_backend(" + sessionId + ")"; }

    @Override public boolean streamingNeedsTransaction() { return true; }

    @Override public boolean upsertReturnsKeys() { return true; }

    /** One array parameter per column: the same text, and server-side statement, for every batch. */
    @Override public boolean bulkInsertByUnnest() { return true; }

    /** {@code date_trunc} reads a time as an interval, so the result is cast back to a time. */
    @Override
    public Field<?> truncateTime(String kind, Field<?> time, DataType<Object> type) {
        return DSL.field("cast({0} as time)", type, truncate(kind, time, type, false));
    }

    @Override
    public Field<?> truncate(String kind, Field<?> source, DataType<Object> type, boolean date) {
        // each kind maps to a constant here: the kind chooses the SQL, it is never part of it
        String sql = switch (kind) {
            case "year" -> "date_trunc('year', {0})";
            case "quarter" -> "date_trunc('quarter', {0})";
            case "month" -> "date_trunc('month', {0})";
            case "week" -> "date_trunc('week', {0})";
            case "day" -> "date_trunc('day', {0})";
            case "hour" -> "date_trunc('hour', {0})";
            case "minute" -> "date_trunc('minute', {0})";
            case "second" -> "date_trunc('second', {0})";
            default -> throw new IllegalStateException("Trunc kind " + kind);
        };
        Field<?> truncated = DSL.field(sql, type, source);
        return date ? DSL.cast(truncated, SQLDataType.LOCALDATE) : truncated;
    }

    @Override public Field<?> isoWeek(Field<?> source) { return DSL.extract(source, DatePart.WEEK); }

    @Override
    public Field<?> isoYear(Field<?> source) {
        return DSL.field("cast(extract(isoyear from {0}) as int)", SQLDataType.INTEGER, source);
    }

    @Override
    public Condition regexMatchIgnoringCase(Field<?> column, Field<String> pattern) {
        return DSL.condition("{0} ~* {1}", column, pattern);
    }

    @Override
    public Field<String> jsonText(Field<Object> column, List<String> keys) {
        List<Field<?>> args = new ArrayList<>();
        args.add(column);
        keys.forEach(k -> args.add(DSL.val(k)));
        return DSL.function("jsonb_extract_path_text", String.class, args.toArray(Field[]::new));
    }

    @Override public ErrorCodes errorCodes() { return ERRORS; }

    @Override public String liquibaseName() { return "postgresql"; }

    @Override
    public Map<String, String> liquibaseTypes() {
        Map<String, String> types = LiquibaseTypes.of("BYTEA", "", "TIMESTAMP(6) WITH TIME ZONE", "JSONB", "TIMESTAMP(6)", "TEXT", "UUID");
        types.put(LiquibaseTypes.DURATION, "INTERVAL");
        return types;
    }
}
