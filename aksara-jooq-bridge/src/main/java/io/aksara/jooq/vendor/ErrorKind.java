package io.aksara.jooq.vendor;

/** What a database error means to Aksara, whatever code or SQL state the driver reported it with. */
public enum ErrorKind {
    UNIQUE,
    FOREIGN_KEY,
    NOT_NULL,
    CHECK,
    /** Another integrity rule (SQL state class 23). */
    INTEGRITY,
    /** NOWAIT found the row locked: failing at once was asked for, so no retry. */
    LOCK_NOT_AVAILABLE,
    /** A lock wait timed out (MariaDB and H2 report NOWAIT this way too): worth running again. */
    LOCK_TIMEOUT,
    /** The database chose this transaction as a deadlock victim: worth running again. */
    DEADLOCK,
    /** A serialization failure: worth running again. */
    SERIALIZATION,
    /** The connection went away (server stopped, network failed). */
    CONNECTION_LOST;

    /** Whether running the whole transaction again is expected to work. */
    public boolean isConflict() {
        return this == LOCK_TIMEOUT || this == DEADLOCK || this == SERIALIZATION;
    }
}
