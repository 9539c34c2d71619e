package io.aksara.bench.stub;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

/** Rows {@code first .. first + count} of a canned table, read through a column map; nothing copied. */
final class StubResultSet extends RefusingResultSet {
    private final StubStatement statement;
    private final Object[][] table;
    private final int[] columns;
    private final int first;
    private final int count;
    private int row = -1;
    private boolean wasNull;
    private boolean closed;

    StubResultSet(StubStatement statement, Object[][] table, int[] columns, int first, int count) {
        this.statement = statement;
        this.table = table;
        this.columns = columns;
        this.first = first;
        this.count = count;
    }

    private Object value(int column) throws SQLException {
        if (row < 0 || row >= count) {
            throw new SQLException("no current row");
        }
        int at = column >= 1 && column <= columns.length ? columns[column - 1] : -1;
        Object v = at < 0 ? null : table[first + row][at];
        wasNull = v == null;
        return v;
    }

    @Override
    public boolean next() {
        if (row < count) {
            row++;
        }
        return row < count;
    }

    @Override public boolean wasNull() { return wasNull; }

    @Override
    public int getInt(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : ((Number) v).intValue();
    }

    @Override
    public long getLong(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : ((Number) v).longValue();
    }

    @Override
    public short getShort(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : ((Number) v).shortValue();
    }

    @Override
    public double getDouble(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : ((Number) v).doubleValue();
    }

    @Override
    public boolean getBoolean(int column) throws SQLException {
        Object v = value(column);
        return v != null && (Boolean) v;
    }

    @Override public String getString(int column) throws SQLException { Object v = value(column); return v == null ? null : v.toString(); }
    @Override public BigDecimal getBigDecimal(int column) throws SQLException { return (BigDecimal) value(column); }
    @Override public Object getObject(int column) throws SQLException { return value(column); }
    @Override public <T> T getObject(int column, Class<T> type) throws SQLException { return type.cast(value(column)); }
    @Override public Statement getStatement() { return statement; }
    @Override public int getFetchSize() { return 0; }
    @Override public SQLWarning getWarnings() { return null; }
    @Override public void clearWarnings() {}
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
