package io.aksara.schema.migrate;

import io.aksara.schema.MigrationError;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;

/**
 * What migrate does before Liquibase takes its lock: when another holder has it, say so at once
 * (a warning on the logger {@code io.aksara.migrate}), fail at once when the lock is stale, and
 * otherwise wait for it up to the policy's limit, then fail naming the holder. Liquibase's own
 * wait would only tell after minutes.
 */
final class LockWait {
    private static final System.Logger LOG = System.getLogger("io.aksara.migrate");
    private static final long POLL_MILLIS = 250;

    private LockWait() {}

    /**
     * Polls with the connection in autocommit mode: on SQLite, whose migration connection begins an
     * immediate transaction (the write lock) as soon as the last one ends, a connection left in a
     * transaction would keep the holder from ever releasing the lock.
     */
    static void awaitFree(Connection c, LockPolicy policy, Clock clock) {
        boolean autoCommit = autoCommit(c, true);
        try {
            await(c, policy, clock);
        } finally {
            autoCommit(c, autoCommit);
        }
    }

    private static boolean autoCommit(Connection c, boolean on) {
        try {
            boolean was = c.getAutoCommit();
            if (was != on) {
                c.setAutoCommit(on);
            }
            return was;
        } catch (java.sql.SQLException e) {
            throw new MigrationError("Cannot read the migration lock (DATABASECHANGELOGLOCK): " + e.getMessage(), e);
        }
    }

    private static void await(Connection c, LockPolicy policy, Clock clock) {
        MigrationLock lock = MigrationLock.read(c);
        if (!lock.locked()) {
            return;
        }
        Instant now = clock.instant();
        if (lock.staleAt(now, policy.staleAfter())) {
            throw new MigrationError(stale(lock, now, policy));
        }
        LOG.log(Level.WARNING, "The migration lock (DATABASECHANGELOGLOCK) is " + lock.describe(now)
                + "; waiting up to " + Durations.words(policy.waitFor()) + " for it. " + RELEASE_HINT);
        Instant deadline = now.plus(policy.waitFor());
        while (lock.locked() && clock.instant().isBefore(deadline)) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MigrationError("Interrupted while waiting for the migration lock, which is "
                        + lock.describe(clock.instant()) + "; nothing was run.", e);
            }
            lock = MigrationLock.read(c);
        }
        if (lock.locked()) {
            throw new MigrationError(fresh(lock, clock.instant(), policy));
        }
    }

    private static final String RELEASE_HINT = "If no migrate is running, a killed one left the lock behind: release it with "
            + "./aksara migrate --release-lock (Migrations.releaseLock).";

    static String stale(MigrationLock lock, Instant now, LockPolicy policy) {
        return "The migration lock (DATABASECHANGELOGLOCK) is " + lock.describe(now) + ", longer than the stale-lock "
                + "threshold of " + Durations.words(policy.staleAfter()) + ": the migrate that took it has most likely "
                + "died. Nothing was run. Check that no migrate is running on " + holder(lock) + ", then release the "
                + "lock with ./aksara migrate --release-lock (Migrations.releaseLock(false)) and run migrate again.";
    }

    static String fresh(MigrationLock lock, Instant now, LockPolicy policy) {
        return "The migration lock (DATABASECHANGELOGLOCK) is " + lock.describe(now) + "; waited "
                + Durations.words(policy.waitFor()) + " for it. Nothing was run. Another migrate is probably running: "
                + "wait for it to finish and run migrate again. If none is running on " + holder(lock) + ", a killed "
                + "migrate left the lock behind: release it with ./aksara migrate --release-lock --force "
                + "(Migrations.releaseLock(true)), or wait until it is older than "
                + Durations.words(policy.staleAfter()) + " and release it without --force.";
    }

    private static String holder(MigrationLock lock) {
        return lock.lockedBy() == null || lock.lockedBy().isBlank() ? "any host" : lock.lockedBy();
    }
}
