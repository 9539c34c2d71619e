package io.aksara.schema.lint;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A database the migration linter judges operations for. The rules differ: PostgreSQL locks a
 * table for most DDL and offers {@code CONCURRENTLY} and {@code NOT VALID}; MariaDB (and MySQL's
 * InnoDB) changes most tables online ({@code ALGORITHM=INSTANT/INPLACE, LOCK=NONE}) but copies the
 * table for type changes and checked foreign keys.
 *
 * <pre>{@code
 * LintDatabase.named("postgresql");                          // POSTGRESQL
 * LintDatabase.forUrl("jdbc:mariadb://db/shop");            // [MARIADB]
 * LintDatabase.forUrl(null);                                 // both
 * }</pre>
 */
public enum LintDatabase {
    /** PostgreSQL 12 or later. */
    POSTGRESQL("postgresql"),
    /** MariaDB 10.6 or later, and MySQL 8 (InnoDB). */
    MARIADB("mariadb");

    private final String id;

    LintDatabase(String id) {
        this.id = id;
    }

    /** The name used on the command line and in findings. */
    public String id() {
        return id;
    }

    /**
     * The database of a name: {@code postgresql} (or {@code postgres}), {@code mariadb} (or
     * {@code mysql}).
     *
     * @throws IllegalArgumentException for any other name, listing the valid ones
     */
    public static LintDatabase named(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "postgresql", "postgres" -> POSTGRESQL;
            case "mariadb", "mysql" -> MARIADB;
            default -> throw new IllegalArgumentException("Unknown database for the migration linter: '" + name
                    + "'. Valid: postgresql, mariadb (mysql is linted as mariadb)");
        };
    }

    /** The databases of several names; every database when the list is empty. */
    public static Set<LintDatabase> named(List<String> names) {
        if (names.isEmpty()) {
            return EnumSet.allOf(LintDatabase.class);
        }
        Set<LintDatabase> out = EnumSet.noneOf(LintDatabase.class);
        for (String n : names) {
            for (String part : n.split(",")) {
                if (!part.isBlank()) {
                    out.add(named(part));
                }
            }
        }
        return out;
    }

    /** The database a JDBC URL points at; every database when the URL names neither (or is null). */
    public static Set<LintDatabase> forUrl(String url) {
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:postgresql:")) {
            return EnumSet.of(POSTGRESQL);
        }
        if (u.startsWith("jdbc:mariadb:") || u.startsWith("jdbc:mysql:")) {
            return EnumSet.of(MARIADB);
        }
        return EnumSet.allOf(LintDatabase.class);
    }
}
