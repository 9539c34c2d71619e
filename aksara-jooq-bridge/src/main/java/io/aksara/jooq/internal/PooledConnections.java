package io.aksara.jooq.internal;

import io.aksara.spi.AmbientTransaction;
import io.aksara.spi.ConnectionSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The connections of a pool Aksara opened itself from a URL. Nobody else holds a transaction on
 * it, so there is never an application transaction to join. Callers wait for a connection in the
 * pool's {@link AdmissionGate fair queue} when it has one ({@code DatabaseConfig.fairQueue}), held
 * from {@link #acquire} to {@link #release}: for a statement, an atomic block or a streaming cursor.
 */
public final class PooledConnections implements ConnectionSource {
    private final DataSource pool;
    private final String name;
    /** The fair queue in front of the pool, or null when it is turned off. */
    private final AdmissionGate gate;
    private final long timeoutMs;

    public PooledConnections(DataSource pool, String name) {
        this(pool, name, null, 0);
    }

    /** A pool with {@code gate} in front of it; waiting there counts toward {@code timeoutMs}. */
    public PooledConnections(DataSource pool, String name, AdmissionGate gate, long timeoutMs) {
        this.pool = pool;
        this.name = name;
        this.gate = gate;
        this.timeoutMs = timeoutMs;
    }

    @Override
    public Connection acquire() throws SQLException {
        return acquire(enter());
    }

    /**
     * Enters the fair queue (if any) and returns what {@link #release(Connection, AdmissionGate.Leases)}
     * takes back, so a statement's lease reads the queue's per-thread count once; null without a queue.
     */
    AdmissionGate.Leases enter() throws SQLException {
        return gate == null ? null : gate.enter(timeoutMs);
    }

    /** A connection for a caller that has {@link #enter entered} the queue with {@code leases}. */
    Connection acquire(AdmissionGate.Leases leases) throws SQLException {
        if (leases == null) {
            return pool.getConnection();
        }
        try {
            // admitted: the gate lets in no more callers than the pool has connections, so one is free
            return pool.getConnection();
        } catch (SQLException | RuntimeException | Error e) {
            gate.leave(leases);
            throw e;
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        release(connection, gate == null ? null : gate.thisThread());
    }

    /** Gives {@code connection} back, and the queue's permit {@code leases} holds (null: no queue). */
    void release(Connection connection, AdmissionGate.Leases leases) throws SQLException {
        if (leases == null) {
            connection.close();
            return;
        }
        try {
            connection.close();
        } finally {
            gate.leave(leases); // after close: the next in line finds the connection back in the pool
        }
    }

    /** The fair queue, or null (tests read its counts). */
    public AdmissionGate gate() {
        return gate;
    }

    @Override
    public AmbientTransaction ambient() {
        return null;
    }

    @Override
    public String describe() {
        return name;
    }
}
