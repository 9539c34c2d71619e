package io.aksara.jooq.vendor;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A database's named table of error codes: vendor error codes and SQL states, each with its
 * {@link ErrorKind}. Codes are looked up before states: MySQL reports every integrity error
 * with state 23000 and tells them apart by code, and H2's deadlock has code 40001 as well as
 * the serialization failure's state.
 *
 * <pre>{@code
 * ErrorCodes codes = ErrorCodes.builder().code(1062, ErrorKind.UNIQUE).state("40P01", ErrorKind.DEADLOCK).build();
 * codes.kindOf(e);
 * }</pre>
 */
public class ErrorCodes {
    /** The standard SQL states every database shares. */
    public static final ErrorCodes STANDARD = builder()
            .state("23505", ErrorKind.UNIQUE).state("23503", ErrorKind.FOREIGN_KEY).state("23502", ErrorKind.NOT_NULL)
            .state("23514", ErrorKind.CHECK).state("40001", ErrorKind.SERIALIZATION).build();

    private final Map<Integer, ErrorKind> codes;
    private final Map<String, ErrorKind> states;

    protected ErrorCodes(Map<Integer, ErrorKind> codes, Map<String, ErrorKind> states) {
        this.codes = Map.copyOf(codes);
        this.states = Map.copyOf(states);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The kind of the error, or null when this table does not know it. A subclass may read more
     * than the code and state (SQLite reports every constraint under one code and names the kind
     * in its message).
     */
    public ErrorKind kindOf(SQLException e) {
        ErrorKind byCode = e.getErrorCode() == 0 ? null : codes.get(e.getErrorCode());
        if (byCode != null) {
            return byCode;
        }
        String state = e.getSQLState();
        if (state == null) {
            return null;
        }
        ErrorKind byState = states.get(state);
        if (byState != null) {
            return byState;
        }
        if (state.startsWith("08")) {
            return ErrorKind.CONNECTION_LOST;
        }
        return state.startsWith("23") ? ErrorKind.INTEGRITY : null;
    }

    /** Collects codes and states. */
    public static final class Builder {
        private final Map<Integer, ErrorKind> codes = new HashMap<>();
        private final Map<String, ErrorKind> states = new HashMap<>();

        public Builder code(int code, ErrorKind kind) { codes.put(code, kind); return this; }

        public Builder state(String state, ErrorKind kind) { states.put(state, kind); return this; }

        /** Everything of {@code other}, then more. */
        public Builder including(ErrorCodes other) {
            codes.putAll(other.codes);
            states.putAll(other.states);
            return this;
        }

        public ErrorCodes build() { return new ErrorCodes(codes, states); }
    }
}
