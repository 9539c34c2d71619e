package io.aksara.bench.stub;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.Arrays;

/**
 * A prepared statement of the {@link StubDriver}: keeps its parameters (whole numbers unboxed, as a
 * driver would) and answers from {@link StubSql}.
 */
final class StubStatement extends RefusingStatement {
    /** Marks a parameter held in {@link #numbers}. */
    private static final Object NUMBER = new Object();

    private final StubConnection connection;
    private final StubSql sql;
    private final Object[] values;
    private final long[] numbers;
    private StubResultSet last;
    /** Rows added to the batch since it last ran: a driver keeps their values; here only their number. */
    private int batched;
    private int queryTimeout;
    private boolean closed;

    StubStatement(StubConnection connection, StubSql sql) {
        this.connection = connection;
        this.sql = sql;
        this.values = new Object[sql.parameters()];
        this.numbers = new long[sql.parameters()];
    }

    /** Parameter {@code index} (from 0) as a whole number. */
    long number(int index) {
        Object v = values[index];
        return v == NUMBER ? numbers[index] : v == null ? 0 : ((Number) v).longValue();
    }

    /** The first key the statement asks for: its first parameter, or the first element of that array (0: none). */
    long firstKey() {
        Object v = values.length == 0 ? null : values[0] instanceof StubArray a ? a.elements() : values[0];
        if (v == NUMBER) {
            return numbers[0];
        }
        Object first = v instanceof int[] ints ? (ints.length == 0 ? null : (Object) ints[0])
                : v instanceof long[] longs ? (longs.length == 0 ? null : (Object) longs[0])
                : v instanceof Object[] objects ? (objects.length == 0 ? null : objects[0]) : v;
        return first instanceof Number n ? n.longValue() : 0;
    }

    /** How many keys the statement asks for: the length of its one array parameter, else its parameter count. */
    int keysAsked() {
        if (values.length == 1 && values[0] != null) {
            Object v = values[0] instanceof StubArray a ? a.elements() : values[0];
            return v.getClass().isArray() ? java.lang.reflect.Array.getLength(v) : 1;
        }
        return values.length;
    }

    /**
     * The length of parameter 1, an array ({@link StubArray}, a Java array, or an array literal
     * such as Aksara's {@code {2024-..Z,NULL}} of timestamps, whose elements hold no comma): the rows of an unnest.
     */
    int firstArrayLength() {
        Object v = values.length == 0 ? null : values[0];
        if (v instanceof String literal && literal.startsWith("{")) {
            return literal.length() == 2 ? 0 : (int) literal.chars().filter(c -> c == ',').count() + 1;
        }
        return v instanceof StubArray a ? a.elements().length : v != null && v.getClass().isArray() ? java.lang.reflect.Array.getLength(v) : 0;
    }

    private void number(int parameter, long v) throws SQLException {
        check(parameter);
        values[parameter - 1] = NUMBER;
        numbers[parameter - 1] = v;
    }

    private void value(int parameter, Object v) throws SQLException {
        check(parameter);
        values[parameter - 1] = v;
    }

    private void check(int parameter) throws SQLException {
        if (parameter < 1 || parameter > values.length) {
            throw new SQLException("no parameter " + parameter + " in a statement of " + values.length);
        }
    }

    @Override public void setInt(int i, int v) throws SQLException { number(i, v); }
    @Override public void setLong(int i, long v) throws SQLException { number(i, v); }
    @Override public void setShort(int i, short v) throws SQLException { number(i, v); }
    @Override public void setString(int i, String v) throws SQLException { value(i, v); }
    @Override public void setBigDecimal(int i, BigDecimal v) throws SQLException { value(i, v); }
    @Override public void setBoolean(int i, boolean v) throws SQLException { value(i, v); }
    @Override public void setDouble(int i, double v) throws SQLException { value(i, v); }
    @Override public void setObject(int i, Object v) throws SQLException { value(i, v); }
    @Override public void setObject(int i, Object v, int sqlType) throws SQLException { value(i, v); }
    @Override public void setArray(int i, java.sql.Array v) throws SQLException { value(i, v); }
    @Override public void setNull(int i, int sqlType) throws SQLException { value(i, null); }
    @Override public void clearParameters() { Arrays.fill(values, null); }
    @Override public void addBatch() { batched++; }
    @Override public void clearBatch() { batched = 0; }

    /** Each batched statement's row count, as if each ran with the values it was added with. */
    @Override
    public int[] executeBatch() {
        int[] counts = new int[batched];
        Arrays.fill(counts, sql.updateCount(this));
        batched = 0;
        return counts;
    }

    @Override
    public ResultSet executeQuery() {
        last = sql.rows(this);
        return last;
    }

    @Override public int executeUpdate() { return sql.updateCount(this); }
    @Override public long executeLargeUpdate() { return sql.updateCount(this); }

    @Override
    public boolean execute() {
        last = sql.rows(this);
        return sql.kind() != StubSql.Kind.UPDATE && sql.kind() != StubSql.Kind.INSERT;
    }

    @Override public ResultSet getResultSet() { return last; }
    @Override public ResultSet getGeneratedKeys() { return sql.rows(this); }
    @Override public int getUpdateCount() { return sql.updateCount(this); }
    @Override public boolean getMoreResults() { return false; }
    @Override public void setQueryTimeout(int seconds) { queryTimeout = seconds; }
    @Override public int getQueryTimeout() { return queryTimeout; }
    @Override public void setFetchSize(int rows) {}
    @Override public int getFetchSize() { return 0; }
    @Override public void setMaxRows(int max) {}
    @Override public void setEscapeProcessing(boolean on) {}
    @Override public void cancel() {}
    @Override public SQLWarning getWarnings() { return null; }
    @Override public void clearWarnings() {}
    @Override public Connection getConnection() { return connection; }
    @Override public void close() { closed = true; }
    @Override public boolean isClosed() { return closed; }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type);
    }
}
