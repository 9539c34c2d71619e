package io.aksara.jooq.vendor;

import java.sql.SQLException;
import java.util.Map;

/**
 * SQLite reports every constraint under one result code (19) and no SQL state; sqlite-jdbc puts
 * the extended code's name first in the message ({@code [SQLITE_CONSTRAINT_UNIQUE] ...}), which is
 * what this table reads.
 */
final class SqliteErrorCodes extends ErrorCodes {
    static final SqliteErrorCodes INSTANCE = new SqliteErrorCodes();

    private static final Map<String, ErrorKind> BY_NAME = Map.of(
            "[SQLITE_CONSTRAINT_UNIQUE]", ErrorKind.UNIQUE,
            "[SQLITE_CONSTRAINT_PRIMARYKEY]", ErrorKind.UNIQUE,
            "[SQLITE_CONSTRAINT_FOREIGNKEY]", ErrorKind.FOREIGN_KEY,
            "[SQLITE_CONSTRAINT_NOTNULL]", ErrorKind.NOT_NULL,
            "[SQLITE_CONSTRAINT_CHECK]", ErrorKind.CHECK,
            "[SQLITE_CONSTRAINT]", ErrorKind.INTEGRITY,
            "[SQLITE_BUSY]", ErrorKind.LOCK_TIMEOUT,
            "[SQLITE_BUSY_SNAPSHOT]", ErrorKind.SERIALIZATION,
            "[SQLITE_LOCKED]", ErrorKind.LOCK_TIMEOUT);

    private SqliteErrorCodes() {
        super(Map.of(), Map.of());
    }

    @Override
    public ErrorKind kindOf(SQLException e) {
        String message = e.getMessage();
        if (message == null || !message.startsWith("[SQLITE_")) {
            return null;
        }
        int end = message.indexOf(']');
        return end < 0 ? null : BY_NAME.get(message.substring(0, end + 1));
    }
}
