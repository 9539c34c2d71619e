package io.aksara.schema.lint;

/**
 * One step of the safe sequence a finding proposes: an SQL statement with a note, or a note alone
 * for what is not SQL (deploying code, waiting a release).
 *
 * <pre>{@code
 * SafeStep.sql("build the index without blocking writes", "CREATE INDEX CONCURRENTLY ...", true);
 * SafeStep.note("deploy the release that no longer reads the column");
 * }</pre>
 *
 * @param note               what the step does and why
 * @param sql                the statement, or null for a step that is not SQL
 * @param outsideTransaction whether the statement must run outside a transaction
 *                           (a Liquibase changeSet with {@code runInTransaction: false})
 */
public record SafeStep(String note, String sql, boolean outsideTransaction) {
    /** A statement to run, inside a transaction or not. */
    public static SafeStep sql(String note, String sql, boolean outsideTransaction) {
        return new SafeStep(note, sql, outsideTransaction);
    }

    /** A statement that may run in a migration's transaction. */
    public static SafeStep sql(String note, String sql) {
        return new SafeStep(note, sql, false);
    }

    /** A step that is not SQL. */
    public static SafeStep note(String note) {
        return new SafeStep(note, null, false);
    }

    /** Whether the step is a statement. */
    public boolean isSql() {
        return sql != null;
    }
}
