package io.aksara.routing;

import io.aksara.Aksara;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each replica's lag, measured at most once per interval: a read pays for one extra query only
 * when the cached figure is stale. A replica that cannot be asked (down, unreachable) counts as
 * infinitely behind until the next measurement, so reads move to the primary instead of failing.
 */
final class ReplicaHealth {
    static final Duration UNREACHABLE = Duration.ofDays(365);

    private record Measured(Duration lag, long atNanos) {}

    private final long everyNanos;
    private final Duration every;
    private final Map<String, Measured> measured = new ConcurrentHashMap<>();

    ReplicaHealth(Duration every) {
        this.every = every;
        this.everyNanos = every.toNanos();
    }

    Duration every() {
        return every;
    }

    boolean laggingBehind(String replica, Duration maxLag) {
        return lag(replica).compareTo(maxLag) > 0;
    }

    Duration lag(String replica) {
        long now = System.nanoTime();
        Measured m = measured.get(replica);
        if (m == null || now - m.atNanos() >= everyNanos) {
            m = new Measured(measure(replica), System.nanoTime());
            measured.put(replica, m);
        }
        return m.lag();
    }

    private static Duration measure(String replica) {
        try {
            Duration lag = Aksara.backend(replica).replicaLag();
            return lag == null ? Duration.ZERO : lag;
        } catch (RuntimeException e) {
            return UNREACHABLE;
        }
    }
}
