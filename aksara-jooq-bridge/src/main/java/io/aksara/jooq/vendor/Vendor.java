package io.aksara.jooq.vendor;

import java.sql.Connection;
import java.sql.SQLException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Everything Aksara does differently on one database, in one place: how to connect, the SQL of
 * the functions that differ, how errors are reported, what Liquibase should call the column
 * types, what the schema inspection must work around, and which {@link Feature}s it has. The
 * bridge finds a database's vendor through {@link Vendors}; a new database is one more class
 * implementing this interface, listed in {@code META-INF/services/io.aksara.jooq.vendor.Vendor}.
 *
 * <pre>{@code
 * Vendor v = Vendors.forUrl("jdbc:postgresql://db/shop");
 * v.has(Feature.SELECT_FOR_UPDATE_SKIP_LOCKED);     // true
 * v.require(Feature.SELECT_FOR_UPDATE, "selectForUpdate()");   // throws UnsupportedFeature where missing
 * }</pre>
 */
public interface Vendor {
    /** The short name {@code Backend.vendor()} reports: {@code postgres}, {@code mysql}, ... */
    String name();

    /** The name in messages: {@code PostgreSQL}, {@code MySQL}, ... */
    String displayName();

    /** The jOOQ dialect statements are rendered in. */
    SQLDialect dialect();

    /** Whether this vendor serves a JDBC URL (by its scheme, {@code jdbc:postgresql:}). */
    boolean acceptsUrl(String url);

    /** What this database can do. */
    Set<Feature> features();

    default boolean has(Feature feature) {
        return features().contains(feature);
    }

    /**
     * Throws {@link UnsupportedFeature} naming this database, the feature and {@code operation}
     * when the feature is missing; called before any SQL runs.
     */
    default void require(Feature feature, String operation) {
        if (!has(feature)) {
            throw new UnsupportedFeature(this, feature, operation, null);
        }
    }

    // ---- connections

    /** Driver properties the pool's connections need for a URL (the URL's own settings win). */
    default void addDriverProperties(String url, Properties properties) {}

    /** SQL each new pooled connection runs first, or null. */
    default String connectionInitSql() {
        return null;
    }

    /**
     * Prepares each new connection before the pool hands it out, for what SQL cannot say (SQLite
     * registers its Java functions here).
     */
    default void prepareConnection(Connection connection) throws SQLException {}

    /**
     * The connection an application's jOOQ transaction gets, for a driver whose
     * {@code setReadOnly} cannot follow a pooled connection from one transaction to the next
     * (SQLite's sets it only as a connection opens, so jOOQ's {@code Readonly.READONLY} would fail
     * before the transaction begins). Most drivers switch read-only themselves: the connection as
     * it is. {@link #releaseConnection} gets the result back.
     *
     * <pre>{@code
     * Connection c = vendor.switchableReadOnly(pool.getConnection());
     * c.setReadOnly(true);            // SQLite: PRAGMA query_only = ON
     * pool.release(vendor.releaseConnection(c));   // back to writable, the pool's own connection
     * }</pre>
     */
    default Connection switchableReadOnly(Connection connection) {
        return connection;
    }

    /**
     * The pool's own connection behind one {@link #switchableReadOnly} returned, made writable
     * again, to give back to the pool.
     */
    default Connection releaseConnection(Connection connection) throws SQLException {
        return connection;
    }

    /**
     * The case rendered names get. Unquoted names are folded to lower case; quoted ones (reserved
     * words, names with capitals) keep the case the model declares.
     */
    default RenderNameCase nameCase() {
        return RenderNameCase.LOWER_IF_UNQUOTED;
    }

    /** SQL that stops the running statement of server session {@code sessionId}, run from another connection; null when there is none. */
    default String stopQuerySql(long sessionId) {
        return null;
    }

    /** The JDBC fetch size that makes the driver stream rows in chunks of about {@code chunkSize}. */
    default int streamingFetchSize(int chunkSize) {
        return chunkSize;
    }

    /** Whether a streaming cursor needs auto-commit off (PostgreSQL reads everything otherwise). */
    default boolean streamingNeedsTransaction() {
        return false;
    }

    /**
     * Whether a stream closed early must stop its statement from another connection through the
     * server session (Connector/J and the MariaDB driver read a streamed result to its end otherwise).
     */
    default boolean streamingStopsThroughSession() {
        return false;
    }

    // ---- SQL

    /** The number of characters of a text. */
    default Field<Integer> charLength(Field<String> text) {
        return DSL.charLength(text);
    }

    /** The current instant, in UTC where the session zone could get in the way. */
    default Field<?> now() {
        return DSL.field("current_timestamp", Object.class);
    }

    /**
     * {@code source} truncated to the start of its {@code kind} (year, quarter, month, week, day,
     * hour, minute, second), as {@code type}; {@code date} when the result is a date.
     */
    Field<?> truncate(String kind, Field<?> source, DataType<Object> type, boolean date);

    /**
     * A time of day truncated to its {@code hour}, {@code minute} or {@code second}, as
     * {@code type}. By default {@link #truncate}, which H2's {@code DATE_TRUNC} does for times too.
     */
    default Field<?> truncateTime(String kind, Field<?> time, DataType<Object> type) {
        return truncate(kind, time, type, false);
    }

    /** The date part of a timestamp ({@code published__date}). */
    default Field<?> datePart(Field<?> timestamp) {
        return DSL.cast(timestamp, SQLDataType.LOCALDATE);
    }

    /** The time of day of a timestamp ({@code published__time}). */
    default Field<?> timePart(Field<?> timestamp) {
        return DSL.cast(timestamp, SQLDataType.LOCALTIME(6));
    }

    /** The ISO 8601 week number of a date or timestamp. */
    Field<?> isoWeek(Field<?> source);

    /** The ISO 8601 week-numbering year of a date or timestamp. */
    Field<?> isoYear(Field<?> source);

    /**
     * The inline flags written in front of a case-insensitive pattern, where the database's regexp
     * operator has no case-insensitive form of its own ({@code "(?i)"}); empty otherwise.
     */
    default String caseInsensitiveRegexFlags() {
        return "";
    }

    /**
     * A case-insensitive regular expression match; {@code pattern} already starts with
     * {@link #caseInsensitiveRegexFlags()}. The pattern is a bind made before rendering, so the
     * plan cache sees where its value comes from.
     */
    default Condition regexMatchIgnoringCase(Field<?> column, Field<String> pattern) {
        return DSL.condition("regexp_like({0}, {1}, 'i')", column, pattern);
    }

    /** How {@code bulkCreate(ignoreConflicts)} skips rows that would break a unique constraint. */
    enum InsertIgnoreForm {
        /** {@code INSERT ... ON CONFLICT DO NOTHING} (jOOQ writes {@code INSERT IGNORE} on MySQL). */
        ON_CONFLICT_DO_NOTHING,
        /** {@code MERGE INTO ... WHEN NOT MATCHED} (H2, whose ON CONFLICT emulation needs the key). */
        MERGE
    }

    default InsertIgnoreForm insertIgnoreForm() {
        return InsertIgnoreForm.ON_CONFLICT_DO_NOTHING;
    }

    /** How an upsert ({@code bulkCreate(updateConflicts)}) is written. */
    enum UpsertForm {
        /** {@code INSERT ... ON CONFLICT (target) DO UPDATE SET c = excluded.c}. */
        ON_CONFLICT_DO_UPDATE,
        /** {@code INSERT ... ON DUPLICATE KEY UPDATE c = VALUES(c)} (MySQL, MariaDB). */
        ON_DUPLICATE_KEY_UPDATE
    }

    default UpsertForm upsertForm() {
        return UpsertForm.ON_CONFLICT_DO_UPDATE;
    }

    /** The dialect an upsert is rendered in (MySQL's and MariaDB's is MARIADB's spelling, which both accept). */
    default SQLDialect upsertDialect() {
        return dialect();
    }

    /** Whether an upsert returns every row's key in input order ({@code RETURNING} after ON CONFLICT DO UPDATE). */
    default boolean upsertReturnsKeys() {
        return false;
    }

    /**
     * Whether {@code bulkCreate} sends each batch as {@code INSERT INTO t (..) SELECT * FROM
     * unnest(?::type[], ..)}: one array parameter per column, so the statement's text is the same
     * for every batch size and NULL pattern and the server reuses its prepared statement. Columns
     * unnest cannot carry (arrays, declared SQL types, a {@code dbType}) keep the multi-row VALUES.
     */
    default boolean bulkInsertByUnnest() {
        return false;
    }

    /** Whether a multi-row INSERT reads its generated keys through RETURNING rather than the driver's generated keys. */
    default boolean bulkKeysByReturning() {
        return false;
    }

    /**
     * Whether the keys a multi-row INSERT generates are consecutive, so that the last one, which is
     * all the driver reports, gives every row's.
     */
    default boolean bulkKeysAreConsecutive() {
        return false;
    }

    /**
     * Whether bulkCreate(ignoreConflicts) sends one {@code INSERT ... ON CONFLICT DO NOTHING
     * RETURNING key} per row instead of a JDBC batch, to learn the key of each row that went in: for
     * an embedded database (no round trip per row) whose driver reports no keys of a batch.
     */
    default boolean insertIgnoreRowByRow() {
        return false;
    }

    /** Whether a batch must ask for generated keys to get per-row counts (the MariaDB driver's bulk protocol reports none). */
    default boolean batchCountsNeedGeneratedKeys() {
        return false;
    }

    /**
     * The text at a key path inside a JSON column ({@code true}/{@code false} for booleans, null for
     * a missing key or JSON null), or null where the database has no JSON path functions.
     */
    default Field<String> jsonText(Field<Object> column, List<String> keys) {
        return null;
    }

    /** The key path is missing or holds JSON null. */
    default Condition jsonMissing(Field<Object> column, List<String> keys) {
        return jsonText(column, keys).isNull();
    }

    /** The type a JSON number is compared as. */
    default DataType<BigDecimal> jsonNumberType() {
        return SQLDataType.NUMERIC;
    }

    /** What makes a SELECT show its plan, with a trailing space. */
    default String explainPrefix() {
        return "explain ";
    }

    /**
     * Whether an atomic block's isolation level is set inside its transaction
     * ({@code SET TRANSACTION ISOLATION LEVEL}) rather than through JDBC's
     * {@code setTransactionIsolation}: pgjdbc implements that as {@code SET SESSION CHARACTERISTICS},
     * which outlives the transaction on a server session a transaction-mode pooler hands to others.
     */
    default boolean setsIsolationPerTransaction() {
        return false;
    }

    /** Whether OFFSET needs a LIMIT before it (MySQL's grammar has no OFFSET alone). */
    default boolean offsetNeedsLimit() {
        return false;
    }

    /** The most values one bound array parameter may hold ({@link Feature#ARRAY_BINDS}). */
    default int maxArrayBindSize() {
        return Integer.MAX_VALUE;
    }

    // ---- errors

    /** The error codes and SQL states this database reports, named. */
    ErrorCodes errorCodes();

    /**
     * The name of the constraint an error broke, where the database reports it other than by name
     * (SQLite names the columns); null to find a known constraint name in the message.
     */
    default String constraintName(SQLException e) {
        return null;
    }

    // ---- migrations and inspection

    /** Liquibase's short name of this database ({@code postgresql}, {@code h2}, ...). */
    String liquibaseName();

    /**
     * The column type texts the master changelog defines as properties for this database, by
     * property name ({@code aksara.datetime} to {@code TIMESTAMP(6) WITH TIME ZONE}).
     */
    Map<String, String> liquibaseTypes();

    /** The dialect jOOQ's schema reader should use here (MariaDB's is MySQL's). */
    default SQLDialect introspectionDialect() {
        return dialect();
    }

    /** Whether a JSON column may read back as text (MariaDB stores JSON as LONGTEXT with a CHECK). */
    default boolean jsonIsText() {
        return false;
    }
}
