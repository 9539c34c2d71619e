package io.aksara.schema.migrate;

import io.aksara.schema.MigrationError;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Liquibase's migration lock, the one row of {@code DATABASECHANGELOGLOCK}: whether a migrate holds
 * it, who ({@code LOCKEDBY}: the host name and address Liquibase recorded) and since when
 * ({@code LOCKGRANTED}). A migrate that is killed leaves the row locked; see
 * {@code Migrations.releaseLock}.
 *
 * <pre>{@code
 * MigrationLock lock = Migrations.at(Path.of("migrations")).migrationLock();
 * if (lock.locked()) System.out.println(lock.describe(Instant.now()));   // held by build-7 (10.0.0.7) since ...
 * }</pre>
 *
 * @param locked    whether the lock is held
 * @param lockedBy  Liquibase's LOCKEDBY, or null
 * @param grantedAt Liquibase's LOCKGRANTED, or null (a lock set by hand may have none)
 */
public record MigrationLock(boolean locked, String lockedBy, Instant grantedAt) {
    /** The state of a database without the lock table (nothing has migrated it yet). */
    public static final MigrationLock FREE = new MigrationLock(false, null, null);

    /** How long the lock has been held at {@code now}; null when Liquibase recorded no time. */
    public Duration age(Instant now) {
        return grantedAt == null ? null : Duration.between(grantedAt, now);
    }

    /** Whether the lock has been held longer than {@code staleAfter} (a lock without a time is never stale). */
    public boolean staleAt(Instant now, Duration staleAfter) {
        Duration age = age(now);
        return locked && age != null && age.compareTo(staleAfter) > 0;
    }

    /** "held by HOST since TIME (AGE ago)", for messages. */
    public String describe(Instant now) {
        if (!locked) {
            return "not held";
        }
        String who = lockedBy == null || lockedBy.isBlank() ? "an unknown holder (LOCKEDBY is empty)" : lockedBy;
        String since = grantedAt == null ? "an unknown time (LOCKGRANTED is empty)"
                : grantedAt + " (" + Durations.words(age(now)) + " ago)";
        return "held by " + who + " since " + since;
    }

    static MigrationLock read(Connection c) {
        try {
            if (!History.exists(c, "DATABASECHANGELOGLOCK")) {
                return FREE;
            }
            boolean autoCommit = c.getAutoCommit();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select LOCKED, LOCKEDBY, LOCKGRANTED from DATABASECHANGELOGLOCK where ID = 1")) {
                if (!rs.next()) {
                    return FREE;
                }
                return new MigrationLock(rs.getBoolean(1), rs.getString(2), grantedAt(rs.getObject(3)));
            } finally {
                if (!autoCommit) {
                    c.commit(); // end the read, so polling never keeps a snapshot or a lock
                }
            }
        } catch (SQLException e) {
            throw new MigrationError("Cannot read the migration lock (DATABASECHANGELOGLOCK): " + e.getMessage(), e);
        }
    }

    /**
     * LOCKGRANTED as the driver returns it: a timestamp on the servers and H2; on SQLite, whose
     * column is text, the milliseconds a JDBC timestamp was bound as, or the date-time text
     * Liquibase writes (in this JVM's zone, as Liquibase formats it).
     */
    static Instant grantedAt(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant();
            case java.time.LocalDateTime t -> t.atZone(ZoneId.systemDefault()).toInstant();
            case java.time.OffsetDateTime t -> t.toInstant();
            case Number millis -> Instant.ofEpochMilli(millis.longValue());
            case String text when text.strip().matches("\\d+") -> Instant.ofEpochMilli(Long.parseLong(text.strip()));
            case String text -> parseLocal(text);
            default -> throw new MigrationError("LOCKGRANTED holds " + value + " (" + value.getClass().getName()
                    + "), which is not a time");
        };
    }

    private static Instant parseLocal(String text) {
        try {
            return java.time.LocalDateTime.parse(text.strip().replace(' ', 'T')).atZone(ZoneId.systemDefault()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new MigrationError("LOCKGRANTED holds '" + text + "', which is not a date-time (yyyy-MM-dd HH:mm:ss)", e);
        }
    }

    /**
     * Releases the lock if it is still exactly as {@code seen}; false when it changed meanwhile
     * (another migrate released or took it).
     */
    static boolean release(Connection c, MigrationLock seen) {
        String sql = "update DATABASECHANGELOGLOCK set LOCKED = ?, LOCKEDBY = null, LOCKGRANTED = null where ID = 1 and LOCKED = ?"
                + (seen.lockedBy() == null ? " and LOCKEDBY is null" : " and LOCKEDBY = ?")
                + (seen.grantedAt() == null ? " and LOCKGRANTED is null" : " and LOCKGRANTED = ?");
        try {
            boolean autoCommit = c.getAutoCommit();
            int changed;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                s.setBoolean(i++, false);
                s.setBoolean(i++, true);
                if (seen.lockedBy() != null) {
                    s.setString(i++, seen.lockedBy());
                }
                if (seen.grantedAt() != null) {
                    s.setTimestamp(i, Timestamp.from(seen.grantedAt()));
                }
                changed = s.executeUpdate();
            }
            if (!autoCommit) {
                c.commit();
            }
            return changed == 1;
        } catch (SQLException e) {
            throw new MigrationError("Cannot release the migration lock (DATABASECHANGELOGLOCK): " + e.getMessage(), e);
        }
    }
}
