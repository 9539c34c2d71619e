package io.aksara.schema.migrate;

import io.aksara.schema.MigrationError;
import java.time.Duration;

/**
 * How migrate treats a migration lock held by someone else. A lock held longer than
 * {@code staleAfter} is taken for the leftover of a killed migrate: migrate fails at once, naming the
 * holder and the time, and {@code releaseLock} may release it. A fresher lock probably belongs to a
 * running migrate: migrate waits up to {@code waitFor} for it (logging who holds it as soon as it sees
 * it), then fails with the same details.
 *
 * <pre>{@code
 * Migrations.at(dir).lockPolicy(new LockPolicy(Duration.ofMinutes(2), Duration.ofMinutes(30))).migrate();
 * }</pre>
 *
 * @param waitFor    how long to wait for a fresh lock before failing
 * @param staleAfter a lock held longer than this is stale
 */
public record LockPolicy(Duration waitFor, Duration staleAfter) {
    /** Waits 30 s for a lock; a lock older than 10 minutes is stale. */
    public static final LockPolicy DEFAULT = new LockPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10));

    public LockPolicy {
        if (waitFor == null || waitFor.isNegative()) {
            throw new MigrationError("The lock wait must be zero or more, got " + waitFor);
        }
        if (staleAfter == null || staleAfter.isNegative()) {
            throw new MigrationError("The stale-lock threshold must be zero or more, got " + staleAfter);
        }
    }

    /** This policy with another wait. */
    public LockPolicy withWaitFor(Duration newWait) {
        return new LockPolicy(newWait, staleAfter);
    }

    /** This policy with another stale threshold. */
    public LockPolicy withStaleAfter(Duration newStaleAfter) {
        return new LockPolicy(waitFor, newStaleAfter);
    }
}
