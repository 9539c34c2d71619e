package io.aksara.it;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.aksara.DatabaseConfig;

/** A connection pool the application owns (as Spring Boot would make one), on a test database. */
final class ApplicationPool {
    private ApplicationPool() {}

    static HikariDataSource on(DatabaseConfig database) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(database.url());
        hc.setUsername(database.user());
        hc.setPassword(database.password());
        hc.setMaximumPoolSize(4);
        hc.setMinimumIdle(1);
        hc.setPoolName("application");
        return new HikariDataSource(hc);
    }
}
