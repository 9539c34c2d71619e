package io.aksara.it;

import io.aksara.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The secrets suite on H2, in memory: a database created with a password, so a wrong one is refused. */
class H2SecretsTest extends SecretsSuite {
    private DatabaseConfig database;

    @Override
    DatabaseConfig database() {
        if (database == null) {
            DatabaseConfig fresh = TestDatabases.h2();
            database = DatabaseConfig.builder().url(fresh.url()).user("sa").password("H2-Real-Pw").build();
            // an in-memory H2 database takes the credentials of its first connection; DB_CLOSE_DELAY=-1 keeps it
            try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password())) {
                c.isValid(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return database;
    }
}
