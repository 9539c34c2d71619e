package io.aksara.jooq;

import io.aksara.DatabaseConfig;
import io.aksara.spi.Backend;
import io.aksara.spi.BackendProvider;

/** Registered with {@link java.util.ServiceLoader}: opens a {@link JooqBackend} per configured database. */
public final class JooqBackendProvider implements BackendProvider {
    static {
        // jOOQ prints a banner and "tips" on first use unless told not to
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    @Override
    public Backend open(String alias, DatabaseConfig config) {
        return JooqBackend.open(alias, config);
    }
}
