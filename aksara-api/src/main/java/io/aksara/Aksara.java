package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.internal.EmbeddedFallback;
import io.aksara.internal.Routing;
import io.aksara.routing.Router;
import io.aksara.spi.Backend;
import io.aksara.spi.BackendProvider;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The databases Aksara talks to, by alias. The alias {@value #DEFAULT} is used unless a QuerySet
 * says {@code using("other")}. Pools open on first use and stay open until {@link #close()}.
 *
 * <pre>{@code
 * Aksara.configure(DatabaseConfig.builder().url("jdbc:postgresql://localhost/shop").user("shop").password("pw").build());
 * Aksara.configure("reports", DatabaseConfig.builder().url("jdbc:mysql://replica/shop").build());
 * }</pre>
 *
 * <p>Without {@code configure}, the default database comes from {@code AKSARA_DATABASE_URL} (see
 * {@link DatabaseConfig#fromEnvironment()}), or else is an embedded in-memory H2 database: a
 * warning is logged once (logger {@code io.aksara.config}), and the fallback can be forbidden with
 * {@link #allowEmbeddedDefault(Boolean)}, {@code -Daksara.allowEmbeddedDefault=false} or
 * {@code AKSARA_ALLOW_EMBEDDED_DEFAULT=false}.
 */
public final class Aksara {
    /** The alias of the default database. */
    public static final String DEFAULT = "default";

    private static final Map<String, DatabaseConfig> CONFIGS = new ConcurrentHashMap<>();
    private static final Map<String, Backend> OPEN = new ConcurrentHashMap<>();
    private static volatile Boolean allowEmbeddedDefault;

    private Aksara() {}

    /** Sets the default database, closing the pool of a previous default. */
    public static void configure(DatabaseConfig config) {
        configure(DEFAULT, config);
    }

    /** Sets a named database, closing the pool of a previous one with that alias. */
    public static void configure(String alias, DatabaseConfig config) {
        CONFIGS.put(alias, config);
        Backend previous = OPEN.remove(alias);
        if (previous != null) {
            previous.close();
        }
    }

    /**
     * Allows or forbids the embedded in-memory default database. Forbidden, a default database
     * that is neither configured nor in {@code AKSARA_DATABASE_URL} is an error that says how to
     * configure one. This call wins over {@code -Daksara.allowEmbeddedDefault} and
     * {@code AKSARA_ALLOW_EMBEDDED_DEFAULT}; {@code null} leaves the decision to them again.
     *
     * <pre>{@code
     * public static void main(String[] args) {
     *     Aksara.allowEmbeddedDefault(false);   // production: never write to memory by accident
     *     ...
     * }
     * }</pre>
     */
    public static void allowEmbeddedDefault(Boolean allowed) {
        allowEmbeddedDefault = allowed;
    }

    /** The configuration in force for an alias (the default falls back to the environment, then H2). */
    public static DatabaseConfig config(String alias) {
        DatabaseConfig c = CONFIGS.get(alias);
        if (c != null) {
            return c;
        }
        if (alias.equals(DEFAULT)) {
            DatabaseConfig env = DatabaseConfig.fromEnvironment();
            if (env != null) {
                return env;
            }
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            DatabaseConfig embedded = EmbeddedFallback.embedded(System.getenv(),
                    System.getProperty(EmbeddedFallback.ALLOW_PROPERTY), allowEmbeddedDefault,
                    loader != null ? loader : Aksara.class.getClassLoader());
            EmbeddedFallback.warnOnce();
            return embedded;
        }
        throw new AksaraException("No database is configured under the alias '" + alias + "'. Configured: "
                + CONFIGS.keySet() + "; use Aksara.configure(\"" + alias + "\", config)");
    }

    /**
     * Sets the routers that pick a database for each read, write, relation and migration that
     * names none (Django's {@code DATABASE_ROUTERS}); the first router with an answer wins, and
     * {@code using(...)} always wins over them. No arguments turns routing off.
     *
     * <pre>{@code
     * Aksara.configure(primaryConfig);
     * Aksara.configure("replica", replicaConfig);
     * Aksara.routers(PrimaryReplicaRouter.of(Aksara.DEFAULT, "replica"));
     * }</pre>
     */
    public static void routers(Router... routers) {
        Routing.configure(List.of(routers));
    }

    /** The routers in force, in order (empty when none is configured). */
    public static List<Router> configuredRouters() {
        return Routing.routers();
    }

    /** The open backend of the default database. */
    public static Backend backend() {
        return backend(DEFAULT);
    }

    /** The open backend of a database, opening its pool on first use. */
    public static Backend backend(String alias) {
        String key = alias == null ? DEFAULT : alias;
        return OPEN.computeIfAbsent(key, a -> provider().open(a, config(a)));
    }

    /**
     * Runs {@code work} with all its statements on the default database on one pooled connection,
     * without a transaction: each statement still commits on its own, as outside any block, but
     * the connection is borrowed once (one wait in the fair queue, one pool hand-off) instead of
     * once per statement, and goes back when the work returns or throws. An atomic block inside
     * runs its transaction on the same connection; inside an atomic block (or an application's
     * transaction) the work just runs, already on one connection.
     *
     * <pre>{@code
     * World w = Aksara.onOneConnection(() -> {
     *     World row = World.objects.get("pk", id);   // borrows the connection
     *     row.randomNumber = next;
     *     row.save();                                  // same connection, committed at once
     *     return row;
     * });                                              // back to the pool
     * }</pre>
     *
     * Use it for short runs of statements on one thread; the connection is held for the whole
     * work, so do no slow non-database work inside it.
     */
    public static <T> T onOneConnection(Supplier<T> work) {
        return onOneConnection(DEFAULT, work);
    }

    /**
     * {@link #onOneConnection(Supplier)} for work that returns nothing.
     *
     * <pre>{@code
     * Aksara.onOneConnection(() -> {
     *     for (World w : World.objects.filter("randomNumber__lt", 100).fetch()) {
     *         w.randomNumber += 100;
     *         w.save();                  // every save on the connection the fetch used
     *     }
     * });
     * }</pre>
     */
    public static void onOneConnection(Runnable work) {
        onOneConnection(DEFAULT, () -> {
            work.run();
            return null;
        });
    }

    /**
     * {@link #onOneConnection(Supplier)} on the database {@code alias}; statements the work sends to
     * other databases borrow their connections as usual.
     *
     * <pre>{@code Aksara.onOneConnection("reports", () -> Report.objects.using("reports").count()); }</pre>
     */
    public static <T> T onOneConnection(String alias, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return backend(alias).onOneConnection(work);
    }

    /** The aliases of the databases whose backends are open now, e.g. {@code [default, analytics]}. */
    public static Set<String> openAliases() {
        return Set.copyOf(OPEN.keySet());
    }

    /** Closes every open pool; the next query opens them again. */
    public static void close() {
        for (String alias : OPEN.keySet()) {
            Backend b = OPEN.remove(alias);
            if (b != null) {
                b.close();
            }
        }
    }

    private static BackendProvider provider() {
        return ServiceLoader.load(BackendProvider.class, Aksara.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new AksaraException("No Aksara backend on the classpath: add "
                        + "io.aksara:aksara-jooq-bridge as a dependency"));
    }
}
