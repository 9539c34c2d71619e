package io.aksara.routing;

import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.spi.TransactionContext;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Sends writes to one primary and reads to its streaming replicas, as Django's primary/replica
 * router, with the consistency a plain router lacks:
 * <ul>
 *   <li>writes, {@code selectForUpdate()} and {@code getOrCreate} go to the primary;</li>
 *   <li>reads inside an atomic block on the primary go to the primary (they must see the
 *       block's own writes, and join its transaction);</li>
 *   <li>after a write, reads of the same {@link WriteScope} go to the primary for
 *       {@link #readYourWrites(Duration) a window} (default 2 s);</li>
 *   <li>a replica further behind than {@link #maxLag(Duration)} (default 5 s) gets no reads until it
 *       catches up; its lag is measured with one query at most every {@link #lagCheckEvery(Duration)}
 *       (default 1 s) and a replica that cannot be asked counts as too far behind. Only PostgreSQL
 *       replicas report a lag; for other databases it is taken as zero. When no replica is usable,
 *       reads go to the primary;</li>
 *   <li>replicas take turns (round robin);</li>
 *   <li>relations between objects of the primary and of its replicas are allowed (they hold the
 *       same rows); migrations run on the primary only.</li>
 * </ul>
 *
 * <pre>{@code
 * Aksara.configure(DatabaseConfig.builder().url("jdbc:postgresql://db1/shop")...build());
 * Aksara.configure("replica", DatabaseConfig.builder().url("jdbc:postgresql://db2/shop")...build());
 * Aksara.routers(PrimaryReplicaRouter.of(Aksara.DEFAULT, "replica")
 *         .readYourWrites(Duration.ofSeconds(1)).maxLag(Duration.ofSeconds(3)));
 *
 * Product.objects.filter("inStock", true).fetch();       // the replica
 * Product.objects.using("default").fetch();              // using() wins: the primary
 * }</pre>
 *
 * <p>Immutable: each setter returns a new router; configure the finished one.
 */
public final class PrimaryReplicaRouter implements Router {
    private final String primary;
    private final List<String> replicas;
    private final Set<String> members;
    private final long windowNanos;
    private final Duration maxLag;
    private final ReplicaHealth health;
    private final WriteScope.WriteClock processWide = new WriteScope.WriteClock();
    private final AtomicInteger turn = new AtomicInteger();

    private PrimaryReplicaRouter(String primary, List<String> replicas, Duration window, Duration maxLag,
            Duration lagCheckEvery) {
        this.primary = primary;
        this.replicas = replicas;
        this.members = Set.copyOf(concat(primary, replicas));
        this.windowNanos = window.toNanos();
        this.maxLag = maxLag;
        this.health = new ReplicaHealth(lagCheckEvery);
    }

    /** A router over the primary's alias and its replicas' aliases. */
    public static PrimaryReplicaRouter of(String primary, String... replicas) {
        Objects.requireNonNull(primary, "primary");
        List<String> list = List.of(replicas);
        if (list.isEmpty()) {
            throw new AksaraException("PrimaryReplicaRouter.of(\"" + primary + "\") needs at least one replica alias");
        }
        if (list.contains(primary) || Set.copyOf(list).size() != list.size()) {
            throw new AksaraException("PrimaryReplicaRouter: the primary and the replicas must be distinct aliases, got primary '"
                    + primary + "' and replicas " + list);
        }
        return new PrimaryReplicaRouter(primary, list, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(1));
    }

    /** How long after a write the same scope keeps reading from the primary; zero turns it off. */
    public PrimaryReplicaRouter readYourWrites(Duration window) {
        return new PrimaryReplicaRouter(primary, replicas, nonNegative("readYourWrites", window), maxLag, health.every());
    }

    /** The lag past which a replica gets no reads. */
    public PrimaryReplicaRouter maxLag(Duration threshold) {
        return new PrimaryReplicaRouter(primary, replicas, Duration.ofNanos(windowNanos), nonNegative("maxLag", threshold),
                health.every());
    }

    /** How long a measured lag is trusted before it is measured again. */
    public PrimaryReplicaRouter lagCheckEvery(Duration interval) {
        return new PrimaryReplicaRouter(primary, replicas, Duration.ofNanos(windowNanos), maxLag,
                nonNegative("lagCheckEvery", interval));
    }

    public String primary() {
        return primary;
    }

    public List<String> replicas() {
        return replicas;
    }

    @Override
    public String dbForRead(Class<? extends Model> model, Model instance) {
        if (TransactionContext.find(primary) != null || clock().wroteWithin(windowNanos)) {
            return primary;
        }
        int start = Math.floorMod(turn.getAndIncrement(), replicas.size());
        for (int i = 0; i < replicas.size(); i++) {
            String replica = replicas.get((start + i) % replicas.size());
            if (health.laggingBehind(replica, maxLag)) {
                continue;
            }
            return replica;
        }
        return primary;
    }

    @Override
    public String dbForWrite(Class<? extends Model> model, Model instance) {
        clock().wrote();
        return primary;
    }

    @Override
    public Boolean allowRelation(Model a, String aliasOfA, Model b, String aliasOfB) {
        return members.contains(aliasOfA) && members.contains(aliasOfB) ? Boolean.TRUE : null;
    }

    @Override
    public Boolean allowMigrate(String alias, Class<? extends Model> model) {
        if (alias.equals(primary)) {
            return true;
        }
        return replicas.contains(alias) ? Boolean.FALSE : null;
    }

    /** The lag last measured for a replica (measuring it if the cached value is stale). */
    public Duration lag(String replica) {
        if (!replicas.contains(replica)) {
            throw new AksaraException("'" + replica + "' is not a replica of this router; its replicas are " + replicas);
        }
        return health.lag(replica);
    }

    private WriteScope.WriteClock clock() {
        return WriteScope.CURRENT.isBound() ? WriteScope.CURRENT.get() : processWide;
    }

    private static Duration nonNegative(String what, Duration d) {
        Objects.requireNonNull(d, what);
        if (d.isNegative()) {
            throw new AksaraException("PrimaryReplicaRouter." + what + " must not be negative, got " + d);
        }
        return d;
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }

    @Override
    public String toString() {
        return "PrimaryReplicaRouter[primary=" + primary + ", replicas=" + replicas + ", readYourWrites="
                + Duration.ofNanos(windowNanos) + ", maxLag=" + maxLag + "]";
    }
}
