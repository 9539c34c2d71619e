package io.aksara.jooq.vendor;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
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
 * MySQL, and MariaDB through MySQL Connector/J ({@code jdbc:mysql:} is MySQL's protocol whatever
 * the server): DDL commits at once, datetimes without a zone (Aksara keeps them in UTC), no
 * array parameters or array columns, and vendor error codes under SQL state 23000.
 *
 * <pre>{@code Vendors.forUrl("jdbc:mysql://db/shop").has(Feature.TRANSACTIONAL_DDL)   // false}</pre>
 */
public class MysqlVendor implements Vendor {
    /** A property name in a Connector/J URL: after {@code ?}, {@code &}, {@code (} or {@code ,}, before {@code =}. */
    private static final Pattern URL_PROPERTY = Pattern.compile("[?&(,]\\s*([A-Za-z][\\w.]*)\\s*=");

    private static final Set<Feature> FEATURES = EnumSet.complementOf(EnumSet.of(Feature.RETURNING, Feature.TRANSACTIONAL_DDL,
            Feature.ARRAY_BINDS, Feature.TIME_ZONE_TYPE, Feature.UUID_TYPE, Feature.ON_DELETE_SET_DEFAULT,
            Feature.SELECT_FOR_UPDATE_OF, Feature.SCHEMAS, Feature.ARRAYS, Feature.ENUM_TYPES));
    /** Codes shared by MySQL and MariaDB. */
    static final ErrorCodes ERRORS = ErrorCodes.builder().including(ErrorCodes.STANDARD)
            .code(1062, ErrorKind.UNIQUE).code(1586, ErrorKind.UNIQUE)
            .code(1451, ErrorKind.FOREIGN_KEY).code(1452, ErrorKind.FOREIGN_KEY)
            .code(1216, ErrorKind.FOREIGN_KEY).code(1217, ErrorKind.FOREIGN_KEY)
            .code(1048, ErrorKind.NOT_NULL).code(1364, ErrorKind.NOT_NULL)
            .code(3819, ErrorKind.CHECK).code(4025, ErrorKind.CHECK)
            .code(1213, ErrorKind.DEADLOCK).code(1205, ErrorKind.LOCK_TIMEOUT)
            .code(3572, ErrorKind.LOCK_NOT_AVAILABLE).build();

    @Override public String name() { return "mysql"; }

    @Override public String displayName() { return "MySQL"; }

    @Override public SQLDialect dialect() { return SQLDialect.MYSQL; }

    @Override public boolean acceptsUrl(String url) { return url.startsWith("jdbc:mysql:"); }

    @Override public Set<Feature> features() { return FEATURES; }

    @Override
    public void addDriverProperties(String url, Properties properties) {
        Set<String> given = urlPropertyNames(url);
        if (!given.contains("rewriteBatchedStatements")) {
            // Connector/J sends a JDBC batch one statement per round trip unless it may rewrite it
            // (INSERTs into one multi-row INSERT); bulkCreate(ignoreConflicts) and bulkUpdate batch.
            properties.setProperty("rewriteBatchedStatements", "true");
        }
        if (!given.contains("cachePrepStmts")) {
            // the plan cache sends the same SQL text again and again: let Connector/J keep its parse
            properties.setProperty("cachePrepStmts", "true");
            properties.setProperty("prepStmtCacheSize", "256");
            properties.setProperty("prepStmtCacheSqlLimit", "4096");
        }
        if (!given.contains("openTelemetry")) {
            // Connector/J traces every call itself as soon as the OpenTelemetry API is on the class
            // path; its span bookkeeping pins virtual threads (seen as pinned events under load) and
            // doubles the spans Aksara's own observations give. The URL can still ask for it.
            properties.setProperty("openTelemetry", "DISABLED");
        }
    }

    /**
     * The names of the properties a Connector/J URL sets itself, read once: the {@code name=value}
     * pairs after {@code ?} (joined by {@code &}) and those in a host's parentheses
     * ({@code address=(host=db)(port=3306)}). A name that only occurs inside a value does not count.
     */
    static Set<String> urlPropertyNames(String url) {
        Set<String> names = new HashSet<>();
        Matcher m = URL_PROPERTY.matcher(url);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Override public String stopQuerySql(long sessionId) { return "KILL QUERY " + sessionId; }

    /** Connector/J streams row by row only with this fetch size. */
    @Override public int streamingFetchSize(int chunkSize) { return Integer.MIN_VALUE; }

    @Override public boolean streamingStopsThroughSession() { return true; }

    @Override public Field<?> now() { return DSL.field("utc_timestamp(6)", Object.class); }

    @Override
    public Field<?> truncateTime(String kind, Field<?> time, DataType<Object> type) {
        String format = switch (kind) {
            case "hour" -> "'%H:00:00'";
            case "minute" -> "'%H:%i:00'";
            case "second" -> "'%H:%i:%s'";
            default -> throw new IllegalStateException("Trunc kind " + kind + " for a time");
        };
        return DSL.field("cast(time_format({0}, " + format + ") as time(6))", type, time);
    }

    @Override
    public Field<?> truncate(String kind, Field<?> source, DataType<Object> type, boolean date) {
        String sql = switch (kind) {
            case "year" -> "date_format({0}, '%Y-01-01 00:00:00')";
            case "quarter" -> "concat(year({0}), '-', lpad((quarter({0}) - 1) * 3 + 1, 2, '0'), '-01 00:00:00')";
            case "month" -> "date_format({0}, '%Y-%m-01 00:00:00')";
            case "week" -> "date_format(date({0}) - interval weekday({0}) day, '%Y-%m-%d 00:00:00')";
            case "day" -> "date_format({0}, '%Y-%m-%d 00:00:00')";
            case "hour" -> "date_format({0}, '%Y-%m-%d %H:00:00')";
            case "minute" -> "date_format({0}, '%Y-%m-%d %H:%i:00')";
            case "second" -> "date_format({0}, '%Y-%m-%d %H:%i:%s')";
            default -> throw new IllegalStateException("Trunc kind " + kind);
        };
        return DSL.field("cast(" + sql + " as " + (date ? "date" : "datetime(6)") + ")", type, source);
    }

    @Override public Field<?> isoWeek(Field<?> source) { return DSL.field("week({0}, 3)", SQLDataType.INTEGER, source); }

    @Override
    public Field<?> isoYear(Field<?> source) {
        return DSL.field("(yearweek({0}, 3) div 100)", SQLDataType.INTEGER, source);
    }

    @Override
    public Condition regexMatchIgnoringCase(Field<?> column, Field<String> pattern) {
        return DSL.condition("{0} regexp {1}", column, pattern);
    }

    @Override public String caseInsensitiveRegexFlags() { return "(?i)"; }

    @Override public boolean offsetNeedsLimit() { return true; }

    @Override
    public Field<String> jsonText(Field<Object> column, List<String> keys) {
        return DSL.function("json_unquote", String.class,
                DSL.function("json_extract", Object.class, column, DSL.val(JsonPaths.quoted(keys))));
    }

    /** json_unquote gives the text "null" for JSON null: absent or JSON null is asked of json_type. */
    @Override
    public Condition jsonMissing(Field<Object> column, List<String> keys) {
        Field<Object> found = DSL.function("json_extract", Object.class, column, DSL.val(JsonPaths.quoted(keys)));
        return found.isNull().or(DSL.function("json_type", String.class, found).eq("NULL"));
    }

    @Override public DataType<BigDecimal> jsonNumberType() { return SQLDataType.DECIMAL(65, 30); }

    @Override public UpsertForm upsertForm() { return UpsertForm.ON_DUPLICATE_KEY_UPDATE; }

    /** jOOQ's MYSQL dialect writes MySQL 8's row alias ({@code AS excluded}), which MariaDB rejects; MARIADB's {@code VALUES(c)} works on both. */
    @Override public SQLDialect upsertDialect() { return SQLDialect.MARIADB; }

    @Override public ErrorCodes errorCodes() { return ERRORS; }

    @Override public String liquibaseName() { return "mysql"; }

    @Override
    public Map<String, String> liquibaseTypes() {
        // binary collation, so exact and ordering are case-sensitive as on PostgreSQL and H2
        return LiquibaseTypes.of("LONGBLOB", "COLLATE utf8mb4_bin", "DATETIME(6)", "JSON", "DATETIME(6)", "LONGTEXT", "CHAR(36)");
    }

    @Override public SQLDialect introspectionDialect() { return SQLDialect.MYSQL; }

    @Override public boolean jsonIsText() { return true; }
}
