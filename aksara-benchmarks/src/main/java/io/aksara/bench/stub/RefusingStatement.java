package io.aksara.bench.stub;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.*;
import java.util.Calendar;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * Every method of {@link PreparedStatement} the stub driver does not need, refusing. Written out from the
 * interface (one line per method) so the stub's own classes show only what they answer.
 */
@SuppressWarnings("deprecation")
abstract class RefusingStatement implements PreparedStatement {
    @Override public void addBatch() throws SQLException { throw new SQLFeatureNotSupportedException("addBatch"); }
    @Override public void addBatch(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("addBatch"); }
    @Override public void cancel() throws SQLException { throw new SQLFeatureNotSupportedException("cancel"); }
    @Override public void clearBatch() throws SQLException { throw new SQLFeatureNotSupportedException("clearBatch"); }
    @Override public void clearParameters() throws SQLException { throw new SQLFeatureNotSupportedException("clearParameters"); }
    @Override public void clearWarnings() throws SQLException { throw new SQLFeatureNotSupportedException("clearWarnings"); }
    @Override public void close() throws SQLException { throw new SQLFeatureNotSupportedException("close"); }
    @Override public void closeOnCompletion() throws SQLException { throw new SQLFeatureNotSupportedException("closeOnCompletion"); }
    @Override public boolean execute() throws SQLException { throw new SQLFeatureNotSupportedException("execute"); }
    @Override public boolean execute(String a0, int[] a1) throws SQLException { throw new SQLFeatureNotSupportedException("execute"); }
    @Override public boolean execute(String a0, String[] a1) throws SQLException { throw new SQLFeatureNotSupportedException("execute"); }
    @Override public boolean execute(String a0, int a1) throws SQLException { throw new SQLFeatureNotSupportedException("execute"); }
    @Override public boolean execute(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("execute"); }
    @Override public int[] executeBatch() throws SQLException { throw new SQLFeatureNotSupportedException("executeBatch"); }
    @Override public ResultSet executeQuery() throws SQLException { throw new SQLFeatureNotSupportedException("executeQuery"); }
    @Override public ResultSet executeQuery(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("executeQuery"); }
    @Override public int executeUpdate() throws SQLException { throw new SQLFeatureNotSupportedException("executeUpdate"); }
    @Override public int executeUpdate(String a0, int[] a1) throws SQLException { throw new SQLFeatureNotSupportedException("executeUpdate"); }
    @Override public int executeUpdate(String a0, String[] a1) throws SQLException { throw new SQLFeatureNotSupportedException("executeUpdate"); }
    @Override public int executeUpdate(String a0, int a1) throws SQLException { throw new SQLFeatureNotSupportedException("executeUpdate"); }
    @Override public int executeUpdate(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("executeUpdate"); }
    @Override public Connection getConnection() throws SQLException { throw new SQLFeatureNotSupportedException("getConnection"); }
    @Override public int getFetchDirection() throws SQLException { throw new SQLFeatureNotSupportedException("getFetchDirection"); }
    @Override public int getFetchSize() throws SQLException { throw new SQLFeatureNotSupportedException("getFetchSize"); }
    @Override public ResultSet getGeneratedKeys() throws SQLException { throw new SQLFeatureNotSupportedException("getGeneratedKeys"); }
    @Override public int getMaxFieldSize() throws SQLException { throw new SQLFeatureNotSupportedException("getMaxFieldSize"); }
    @Override public int getMaxRows() throws SQLException { throw new SQLFeatureNotSupportedException("getMaxRows"); }
    @Override public ResultSetMetaData getMetaData() throws SQLException { throw new SQLFeatureNotSupportedException("getMetaData"); }
    @Override public boolean getMoreResults() throws SQLException { throw new SQLFeatureNotSupportedException("getMoreResults"); }
    @Override public boolean getMoreResults(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getMoreResults"); }
    @Override public ParameterMetaData getParameterMetaData() throws SQLException { throw new SQLFeatureNotSupportedException("getParameterMetaData"); }
    @Override public int getQueryTimeout() throws SQLException { throw new SQLFeatureNotSupportedException("getQueryTimeout"); }
    @Override public ResultSet getResultSet() throws SQLException { throw new SQLFeatureNotSupportedException("getResultSet"); }
    @Override public int getResultSetConcurrency() throws SQLException { throw new SQLFeatureNotSupportedException("getResultSetConcurrency"); }
    @Override public int getResultSetHoldability() throws SQLException { throw new SQLFeatureNotSupportedException("getResultSetHoldability"); }
    @Override public int getResultSetType() throws SQLException { throw new SQLFeatureNotSupportedException("getResultSetType"); }
    @Override public int getUpdateCount() throws SQLException { throw new SQLFeatureNotSupportedException("getUpdateCount"); }
    @Override public SQLWarning getWarnings() throws SQLException { throw new SQLFeatureNotSupportedException("getWarnings"); }
    @Override public boolean isCloseOnCompletion() throws SQLException { throw new SQLFeatureNotSupportedException("isCloseOnCompletion"); }
    @Override public boolean isClosed() throws SQLException { throw new SQLFeatureNotSupportedException("isClosed"); }
    @Override public boolean isPoolable() throws SQLException { throw new SQLFeatureNotSupportedException("isPoolable"); }
    @Override public boolean isWrapperFor(Class<?> a0) throws SQLException { throw new SQLFeatureNotSupportedException("isWrapperFor"); }
    @Override public void setArray(int a0, Array a1) throws SQLException { throw new SQLFeatureNotSupportedException("setArray"); }
    @Override public void setAsciiStream(int a0, InputStream a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("setAsciiStream"); }
    @Override public void setAsciiStream(int a0, InputStream a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("setAsciiStream"); }
    @Override public void setAsciiStream(int a0, InputStream a1) throws SQLException { throw new SQLFeatureNotSupportedException("setAsciiStream"); }
    @Override public void setBigDecimal(int a0, BigDecimal a1) throws SQLException { throw new SQLFeatureNotSupportedException("setBigDecimal"); }
    @Override public void setBinaryStream(int a0, InputStream a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("setBinaryStream"); }
    @Override public void setBinaryStream(int a0, InputStream a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("setBinaryStream"); }
    @Override public void setBinaryStream(int a0, InputStream a1) throws SQLException { throw new SQLFeatureNotSupportedException("setBinaryStream"); }
    @Override public void setBlob(int a0, InputStream a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("setBlob"); }
    @Override public void setBlob(int a0, InputStream a1) throws SQLException { throw new SQLFeatureNotSupportedException("setBlob"); }
    @Override public void setBlob(int a0, Blob a1) throws SQLException { throw new SQLFeatureNotSupportedException("setBlob"); }
    @Override public void setBoolean(int a0, boolean a1) throws SQLException { throw new SQLFeatureNotSupportedException("setBoolean"); }
    @Override public void setByte(int a0, byte a1) throws SQLException { throw new SQLFeatureNotSupportedException("setByte"); }
    @Override public void setBytes(int a0, byte[] a1) throws SQLException { throw new SQLFeatureNotSupportedException("setBytes"); }
    @Override public void setCharacterStream(int a0, Reader a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("setCharacterStream"); }
    @Override public void setCharacterStream(int a0, Reader a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("setCharacterStream"); }
    @Override public void setCharacterStream(int a0, Reader a1) throws SQLException { throw new SQLFeatureNotSupportedException("setCharacterStream"); }
    @Override public void setClob(int a0, Reader a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("setClob"); }
    @Override public void setClob(int a0, Reader a1) throws SQLException { throw new SQLFeatureNotSupportedException("setClob"); }
    @Override public void setClob(int a0, Clob a1) throws SQLException { throw new SQLFeatureNotSupportedException("setClob"); }
    @Override public void setCursorName(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("setCursorName"); }
    @Override public void setDate(int a0, Date a1, Calendar a2) throws SQLException { throw new SQLFeatureNotSupportedException("setDate"); }
    @Override public void setDate(int a0, Date a1) throws SQLException { throw new SQLFeatureNotSupportedException("setDate"); }
    @Override public void setDouble(int a0, double a1) throws SQLException { throw new SQLFeatureNotSupportedException("setDouble"); }
    @Override public void setEscapeProcessing(boolean a0) throws SQLException { throw new SQLFeatureNotSupportedException("setEscapeProcessing"); }
    @Override public void setFetchDirection(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("setFetchDirection"); }
    @Override public void setFetchSize(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("setFetchSize"); }
    @Override public void setFloat(int a0, float a1) throws SQLException { throw new SQLFeatureNotSupportedException("setFloat"); }
    @Override public void setInt(int a0, int a1) throws SQLException { throw new SQLFeatureNotSupportedException("setInt"); }
    @Override public void setLong(int a0, long a1) throws SQLException { throw new SQLFeatureNotSupportedException("setLong"); }
    @Override public void setMaxFieldSize(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("setMaxFieldSize"); }
    @Override public void setMaxRows(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("setMaxRows"); }
    @Override public void setNCharacterStream(int a0, Reader a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("setNCharacterStream"); }
    @Override public void setNCharacterStream(int a0, Reader a1) throws SQLException { throw new SQLFeatureNotSupportedException("setNCharacterStream"); }
    @Override public void setNClob(int a0, Reader a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("setNClob"); }
    @Override public void setNClob(int a0, Reader a1) throws SQLException { throw new SQLFeatureNotSupportedException("setNClob"); }
    @Override public void setNClob(int a0, NClob a1) throws SQLException { throw new SQLFeatureNotSupportedException("setNClob"); }
    @Override public void setNString(int a0, String a1) throws SQLException { throw new SQLFeatureNotSupportedException("setNString"); }
    @Override public void setNull(int a0, int a1, String a2) throws SQLException { throw new SQLFeatureNotSupportedException("setNull"); }
    @Override public void setNull(int a0, int a1) throws SQLException { throw new SQLFeatureNotSupportedException("setNull"); }
    @Override public void setObject(int a0, Object a1, int a2, int a3) throws SQLException { throw new SQLFeatureNotSupportedException("setObject"); }
    @Override public void setObject(int a0, Object a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("setObject"); }
    @Override public void setObject(int a0, Object a1) throws SQLException { throw new SQLFeatureNotSupportedException("setObject"); }
    @Override public void setPoolable(boolean a0) throws SQLException { throw new SQLFeatureNotSupportedException("setPoolable"); }
    @Override public void setQueryTimeout(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("setQueryTimeout"); }
    @Override public void setRef(int a0, Ref a1) throws SQLException { throw new SQLFeatureNotSupportedException("setRef"); }
    @Override public void setRowId(int a0, RowId a1) throws SQLException { throw new SQLFeatureNotSupportedException("setRowId"); }
    @Override public void setSQLXML(int a0, SQLXML a1) throws SQLException { throw new SQLFeatureNotSupportedException("setSQLXML"); }
    @Override public void setShort(int a0, short a1) throws SQLException { throw new SQLFeatureNotSupportedException("setShort"); }
    @Override public void setString(int a0, String a1) throws SQLException { throw new SQLFeatureNotSupportedException("setString"); }
    @Override public void setTime(int a0, Time a1, Calendar a2) throws SQLException { throw new SQLFeatureNotSupportedException("setTime"); }
    @Override public void setTime(int a0, Time a1) throws SQLException { throw new SQLFeatureNotSupportedException("setTime"); }
    @Override public void setTimestamp(int a0, Timestamp a1, Calendar a2) throws SQLException { throw new SQLFeatureNotSupportedException("setTimestamp"); }
    @Override public void setTimestamp(int a0, Timestamp a1) throws SQLException { throw new SQLFeatureNotSupportedException("setTimestamp"); }
    @Override public void setURL(int a0, URL a1) throws SQLException { throw new SQLFeatureNotSupportedException("setURL"); }
    @Override public void setUnicodeStream(int a0, InputStream a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("setUnicodeStream"); }
    @Override public <T> T unwrap(Class<T> a0) throws SQLException { throw new SQLFeatureNotSupportedException("unwrap"); }
}
