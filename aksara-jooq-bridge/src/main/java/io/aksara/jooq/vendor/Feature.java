package io.aksara.jooq.vendor;

/**
 * What a database can do, as Django's database features: the bridge asks a {@link Vendor} for a
 * feature instead of asking which database it is, and suites skip a test by the feature it needs.
 *
 * <pre>{@code
 * Vendor vendor = JooqBackend.of(Aksara.backend()).databaseVendor();   // the open database's own
 * if (vendor.has(Feature.SELECT_FOR_UPDATE_SKIP_LOCKED)) { ... }
 * }</pre>
 */
public enum Feature {
    /** {@code INSERT ... RETURNING} (or the driver's generated keys for every row of a multi-row INSERT). */
    RETURNING("INSERT ... RETURNING"),
    /** {@code SELECT ... FOR UPDATE}: row locks held until the transaction ends. */
    SELECT_FOR_UPDATE("SELECT ... FOR UPDATE"),
    /** {@code FOR UPDATE OF t}: locking the rows of some of the joined tables only. */
    SELECT_FOR_UPDATE_OF("SELECT ... FOR UPDATE OF"),
    /** {@code FOR UPDATE NOWAIT}. */
    SELECT_FOR_UPDATE_NOWAIT("SELECT ... FOR UPDATE NOWAIT"),
    /** {@code FOR UPDATE SKIP LOCKED}. */
    SELECT_FOR_UPDATE_SKIP_LOCKED("SELECT ... FOR UPDATE SKIP LOCKED"),
    /** DDL inside a transaction rolls back with it. */
    TRANSACTIONAL_DDL("transactional DDL"),
    /** Window functions with ROWS and RANGE frames. */
    WINDOW_FRAMES("window frames"),
    /** Functions that read a key path inside a JSON column (lookups such as {@code data__owner__email}). */
    JSON("JSON path functions"),
    /** One bound array parameter ({@code = any(?)}), so a long IN list is one value. */
    ARRAY_BINDS("array parameters"),
    /** A timestamp type that keeps the offset or normalises to UTC ({@code timestamptz}). */
    TIME_ZONE_TYPE("a timestamp with time zone type"),
    /** A native UUID column type. */
    UUID_TYPE("a UUID column type"),
    /** An exact decimal column type ({@code numeric(p, s)} keeps every digit). */
    EXACT_DECIMAL("an exact decimal type"),
    /** {@code ON DELETE SET DEFAULT} on a foreign key. */
    ON_DELETE_SET_DEFAULT("ON DELETE SET DEFAULT"),
    /** {@code ALTER TABLE ... ADD CONSTRAINT} (SQLite rebuilds the table instead). */
    ALTER_TABLE_ADD_CONSTRAINT("ALTER TABLE ... ADD CONSTRAINT"),
    /** {@code DROP TABLE ... CASCADE}. */
    DROP_TABLE_CASCADE("DROP TABLE ... CASCADE"),
    /** A foreign key error that tells which constraint broke (SQLite says only "FOREIGN KEY constraint failed"). */
    FOREIGN_KEY_ERRORS_NAME_CONSTRAINT("foreign key errors that name the constraint"),
    /** The aggregates StdDev and Variance ({@code stddev_pop}, {@code var_samp}, ...). */
    STATISTICAL_AGGREGATES("standard deviation and variance aggregates"),
    /** Regular expression matching in SQL. */
    REGEX("regular expressions"),
    /** A server session whose running statement another connection can stop. */
    SERVER_SIDE_CANCEL("stopping a query from another connection"),
    /** Two transactions can write at the same time (row locks rather than one database lock). */
    CONCURRENT_WRITES("concurrent writing transactions"),
    /** SET TRANSACTION ISOLATION LEVEL with the four SQL levels. */
    ISOLATION_LEVELS("transaction isolation levels"),
    /** Schemas other than the connection's own (a catalog of several). */
    SCHEMAS("schemas"),
    /** Array columns ({@code text[]}) with their operators ({@code @>}, {@code <@}, {@code &&}): the array fields. */
    ARRAYS("array columns"),
    /** Adding a duration to a date-time in SQL ({@code F("start").plus(F("length"))}). */
    DURATION_ARITHMETIC("date-time arithmetic with durations"),
    /**
     * Column types that say what a column holds, as inspectdb reads them back, down to a 64-bit
     * integer apart from a 32-bit one. Timestamps, dates, times, UUIDs, JSON and a decimal's
     * precision come back on every database (SQLite keeps the type each column declares); SQLite's
     * migrations declare a {@code BIGINT} {@code INTEGER} (its row id must say so, and Liquibase
     * writes an {@code INT} the same), so a migrated {@code BIGINT} comes back as an int there.
     */
    TYPED_COLUMNS("column types that inspectdb can read back (a BIGINT apart from an INT)"),
    /** Database users that log in with a password: a secret Aksara keeps out of logs and messages. */
    PASSWORDS("users with passwords"),
    /** The SQL standard's {@code EXTRACT(field FROM value)}, which a lookup or transform template may use. */
    EXTRACT("EXTRACT(field FROM value)"),
    /**
     * Enum types of the database ({@code create type mood as enum (...)}), the column type of an
     * {@code @EnumField(dbType = "mood")}: PostgreSQL's. MariaDB's inline {@code enum(...)} column
     * type is not one (an {@code @EnumField} there is a varchar).
     */
    ENUM_TYPES("enum types (create type ... as enum)");

    private final String description;

    Feature(String description) {
        this.description = description;
    }

    /** A few words that name the feature in messages. */
    public String description() {
        return description;
    }
}
