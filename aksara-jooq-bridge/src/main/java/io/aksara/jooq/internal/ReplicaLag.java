package io.aksara.jooq.internal;

import io.aksara.errors.DatabaseError;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * Measures how far a PostgreSQL streaming replica is behind its primary, for routers that keep
 * reads off a replica that lags. A replica that has replayed everything it received is not behind,
 * however long ago the last write was; otherwise the lag is the age of the last transaction it
 * replayed. Other databases answer null: they cannot tell this way.
 */
public final class ReplicaLag {
    private static final String POSTGRES = """
            SELECT CASE WHEN NOT pg_is_in_recovery() THEN 0
                        WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                        ELSE COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000, 1e12)
                   END""";

    private ReplicaLag() {}

    public static Duration measure(DataSource dataSource, SQLDialect dialect) {
        if (dialect.family() != SQLDialect.POSTGRES) {
            return null;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(POSTGRES)) {
            r.next();
            return Duration.ofMillis(Math.max(0, (long) r.getDouble(1)));
        } catch (SQLException e) {
            throw new DatabaseError("Cannot measure the replication lag: " + e.getMessage(), e.getSQLState(), e);
        }
    }
}
