package io.aksara.schema.migrate;

import io.aksara.schema.MigrationError;
import java.util.List;
import java.util.Map;
import liquibase.changelog.ChangeSet;
import liquibase.exception.LockException;
import liquibase.exception.ValidationFailedException;

/**
 * Turns what Liquibase throws into messages that say which migration, what happened to the
 * database, and what to do.
 */
final class MigrationFailures {
    private MigrationFailures() {}

    static MigrationError explain(Exception e, LiquibaseSession session, List<String> names,
                                  Map<String, List<ChangeSet>> sets, List<History.Ran> before) {
        ValidationFailedException invalid = find(e, ValidationFailedException.class);
        if (invalid != null && !invalid.getInvalidMD5Sums().isEmpty()) {
            List<String> edited = invalid.getInvalidMD5Sums().stream().map(MigrationFailures::migrationOfChecksumLine).toList();
            return new MigrationError("Migration " + String.join(", ", edited) + " was edited after it ran on this database "
                    + "(its Liquibase checksum no longer matches DATABASECHANGELOG). Nothing was run. Undo the edit and put "
                    + "the change in a new migration (makemigrations, or makemigrations --empty for SQL); only if the edit "
                    + "changes nothing in the database, clear the stored checksum with Liquibase's clear-checksums.", e);
        }
        if (invalid != null) {
            return new MigrationError("The migrations are not valid, nothing was run: " + invalid.getMessage(), e);
        }
        LockException lock = find(e, LockException.class);
        if (lock != null) {
            return new MigrationError("Another migrate holds the Liquibase lock (DATABASECHANGELOGLOCK) on this database "
                    + "and did not release it in time; nothing was run. Wait for it to finish and run migrate again. If no "
                    + "migrate is running, a killed one left the lock behind: release it with ./aksara migrate --release-lock "
                    + "(Migrations.releaseLock). " + lock.getMessage(), e);
        }
        List<History.Ran> after;
        try {
            after = History.read(session.connection());
        } catch (RuntimeException readFailure) {
            after = before;
        }
        List<String> pending = Migrator.pending(names, sets, after);
        String failed = pending.isEmpty() ? "a migration" : pending.get(0);
        String done = names.stream().filter(n -> !pending.contains(n)).reduce((a, b) -> b).orElse("zero");
        String what = switch (session.shortName()) {
            case "postgresql", "sqlite" -> (session.shortName().equals("sqlite") ? "SQLite" : "PostgreSQL")
                    + " ran it in one transaction and rolled it back: the database is at " + done
                    + ", as after the last successful migration.";
            case "mysql", "mariadb" -> "MySQL and MariaDB commit every DDL statement at once, so the statements of " + failed
                    + " before the failing one STAY APPLIED, while " + failed + " is not recorded as run. Undo them by hand "
                    + "(./aksara sqlmigrate " + failed + " shows them) before running migrate again. The recorded state is "
                    + done + ".";
            default -> "This database commits DDL statements one by one, so statements of " + failed + " before the failing "
                    + "one may stay applied (./aksara sqlmigrate " + failed + " shows them). The recorded state is " + done + ".";
        };
        return new MigrationError("Migration " + failed + " failed: " + rootMessage(e) + " " + what, e);
    }

    /** {@code 0001_initial.yaml::0001_initial::aksara was: ...} → {@code 0001_initial}. */
    private static String migrationOfChecksumLine(String line) {
        int sep = line.indexOf("::");
        return sep < 0 ? line : History.migrationOf(line.substring(0, sep));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).strip();
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
