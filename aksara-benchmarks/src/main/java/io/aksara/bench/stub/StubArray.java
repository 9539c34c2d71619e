package io.aksara.bench.stub;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;

/** An array parameter made by {@link StubConnection#createArrayOf}: it holds its elements and nothing more. */
record StubArray(String typeName, Object[] elements) implements Array {
    @Override public String getBaseTypeName() { return typeName; }
    @Override public int getBaseType() throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException("getBaseType"); }
    @Override public Object getArray() { return elements; }
    @Override public Object getArray(Map<String, Class<?>> map) { return elements; }
    @Override public Object getArray(long index, int count) { return java.util.Arrays.copyOfRange(elements, (int) index - 1, (int) index - 1 + count); }
    @Override public Object getArray(long index, int count, Map<String, Class<?>> map) { return getArray(index, count); }
    @Override public ResultSet getResultSet() throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException("getResultSet"); }
    @Override public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException("getResultSet"); }
    @Override public ResultSet getResultSet(long index, int count) throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException("getResultSet"); }
    @Override public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException("getResultSet"); }
    @Override public void free() {}
}
