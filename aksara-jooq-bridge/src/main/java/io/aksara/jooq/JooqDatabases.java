package io.aksara.jooq;

import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import io.aksara.jooq.internal.JooqConnections;
import io.aksara.jooq.internal.JooqTransactions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionListenerProvider;
import io.aksara.jooq.vendor.Vendors;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;

/**
 * Aksara on an application's jOOQ configuration: its connection provider, dialect and settings.
 * Both sides then share transactions: Aksara calls inside {@code dsl.transaction(...)} run on that
 * transaction's connection (an atomic block there is a savepoint, onCommit waits for jOOQ's commit),
 * and the application's jOOQ statements inside {@code Transaction.atomic} run on the block's.
 *
 * <pre>{@code
 * DSLContext dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
 * Aksara.configure(JooqDatabases.config(dsl));
 * dsl.transaction(cfg -> {
 *     cfg.dsl().insertInto(AUDIT).set(AUDIT.WHAT, "order").execute();
 *     Order.objects.create("code", "A1");            // same connection, same transaction
 * });
 * }</pre>
 *
 * <p>To do that it changes the configuration it is given: it adds a transaction listener and
 * wraps its connection provider (see {@link #config(Configuration)}).
 */
public final class JooqDatabases {
    private JooqDatabases() {}

    /** {@link #config(Configuration)} of the context's configuration. */
    public static DatabaseConfig config(DSLContext dsl) {
        return config(Objects.requireNonNull(dsl, "dsl").configuration());
    }

    /**
     * A database on the configuration's connections. The configuration gets a transaction listener
     * (so Aksara sees its transactions) and a connection provider that hands out an atomic block's
     * connection inside the block and the original provider's otherwise. Aksara's own statements
     * keep the rendering settings they need (unquoted names in the database's case); a
     * {@code queryTimeout} in the settings becomes the default statement time limit.
     */
    public static DatabaseConfig config(Configuration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        if (configuration.connectionProvider() == null) {
            throw new AksaraException("The jOOQ configuration has no connection provider: build it"
                    + " with DSL.using(dataSource, dialect) or DSL.using(connection, dialect)");
        }
        JooqTransactions transactions = new JooqTransactions();
        JooqConnections connections = new JooqConnections(configuration, transactions);
        TransactionListenerProvider[] listeners = configuration.transactionListenerProviders();
        TransactionListenerProvider[] more = Arrays.copyOf(listeners, listeners.length + 1);
        more[listeners.length] = () -> transactions;
        configuration.set(more);
        configuration.set(connections.joiningProvider());
        int seconds = configuration.settings().getQueryTimeout() == null ? 0 : configuration.settings().getQueryTimeout();
        return DatabaseConfig.builder().connections(connections)
                .statementTimeout(seconds > 0 ? Duration.ofSeconds(seconds) : null).build();
    }

    /** The application's settings with the rendering Aksara's tables rely on. */
    static Settings aksaraSettings(Settings application, SQLDialect dialect) {
        Settings s = application == null ? new Settings() : (Settings) application.clone();
        return s.withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderNameCase(Vendors.of(dialect).nameCase())
                .withRenderSchema(false)
                .withRenderCatalog(false)
                .withExecuteLogging(false);
    }
}
