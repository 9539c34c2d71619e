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
 * Every method of {@link Connection} the stub driver does not need, refusing. Written out from the
 * interface (one line per method) so the stub's own classes show only what they answer.
 */
@SuppressWarnings("deprecation")
abstract class RefusingConnection implements Connection {
    @Override public void abort(Executor a0) throws SQLException { throw new SQLFeatureNotSupportedException("abort"); }
    @Override public void clearWarnings() throws SQLException { throw new SQLFeatureNotSupportedException("clearWarnings"); }
    @Override public void close() throws SQLException { throw new SQLFeatureNotSupportedException("close"); }
    @Override public void commit() throws SQLException { throw new SQLFeatureNotSupportedException("commit"); }
    @Override public Array createArrayOf(String a0, Object[] a1) throws SQLException { throw new SQLFeatureNotSupportedException("createArrayOf"); }
    @Override public Blob createBlob() throws SQLException { throw new SQLFeatureNotSupportedException("createBlob"); }
    @Override public Clob createClob() throws SQLException { throw new SQLFeatureNotSupportedException("createClob"); }
    @Override public NClob createNClob() throws SQLException { throw new SQLFeatureNotSupportedException("createNClob"); }
    @Override public SQLXML createSQLXML() throws SQLException { throw new SQLFeatureNotSupportedException("createSQLXML"); }
    @Override public Statement createStatement() throws SQLException { throw new SQLFeatureNotSupportedException("createStatement"); }
    @Override public Statement createStatement(int a0, int a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("createStatement"); }
    @Override public Statement createStatement(int a0, int a1) throws SQLException { throw new SQLFeatureNotSupportedException("createStatement"); }
    @Override public Struct createStruct(String a0, Object[] a1) throws SQLException { throw new SQLFeatureNotSupportedException("createStruct"); }
    @Override public boolean getAutoCommit() throws SQLException { throw new SQLFeatureNotSupportedException("getAutoCommit"); }
    @Override public String getCatalog() throws SQLException { throw new SQLFeatureNotSupportedException("getCatalog"); }
    @Override public Properties getClientInfo() throws SQLException { throw new SQLFeatureNotSupportedException("getClientInfo"); }
    @Override public String getClientInfo(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getClientInfo"); }
    @Override public int getHoldability() throws SQLException { throw new SQLFeatureNotSupportedException("getHoldability"); }
    @Override public DatabaseMetaData getMetaData() throws SQLException { throw new SQLFeatureNotSupportedException("getMetaData"); }
    @Override public int getNetworkTimeout() throws SQLException { throw new SQLFeatureNotSupportedException("getNetworkTimeout"); }
    @Override public String getSchema() throws SQLException { throw new SQLFeatureNotSupportedException("getSchema"); }
    @Override public int getTransactionIsolation() throws SQLException { throw new SQLFeatureNotSupportedException("getTransactionIsolation"); }
    @Override public Map<String, Class<?>> getTypeMap() throws SQLException { throw new SQLFeatureNotSupportedException("getTypeMap"); }
    @Override public SQLWarning getWarnings() throws SQLException { throw new SQLFeatureNotSupportedException("getWarnings"); }
    @Override public boolean isClosed() throws SQLException { throw new SQLFeatureNotSupportedException("isClosed"); }
    @Override public boolean isReadOnly() throws SQLException { throw new SQLFeatureNotSupportedException("isReadOnly"); }
    @Override public boolean isValid(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("isValid"); }
    @Override public boolean isWrapperFor(Class<?> a0) throws SQLException { throw new SQLFeatureNotSupportedException("isWrapperFor"); }
    @Override public String nativeSQL(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("nativeSQL"); }
    @Override public CallableStatement prepareCall(String a0, int a1, int a2, int a3) throws SQLException { throw new SQLFeatureNotSupportedException("prepareCall"); }
    @Override public CallableStatement prepareCall(String a0, int a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("prepareCall"); }
    @Override public CallableStatement prepareCall(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("prepareCall"); }
    @Override public PreparedStatement prepareStatement(String a0, int[] a1) throws SQLException { throw new SQLFeatureNotSupportedException("prepareStatement"); }
    @Override public PreparedStatement prepareStatement(String a0, String[] a1) throws SQLException { throw new SQLFeatureNotSupportedException("prepareStatement"); }
    @Override public PreparedStatement prepareStatement(String a0, int a1, int a2, int a3) throws SQLException { throw new SQLFeatureNotSupportedException("prepareStatement"); }
    @Override public PreparedStatement prepareStatement(String a0, int a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("prepareStatement"); }
    @Override public PreparedStatement prepareStatement(String a0, int a1) throws SQLException { throw new SQLFeatureNotSupportedException("prepareStatement"); }
    @Override public PreparedStatement prepareStatement(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("prepareStatement"); }
    @Override public void releaseSavepoint(Savepoint a0) throws SQLException { throw new SQLFeatureNotSupportedException("releaseSavepoint"); }
    @Override public void rollback() throws SQLException { throw new SQLFeatureNotSupportedException("rollback"); }
    @Override public void rollback(Savepoint a0) throws SQLException { throw new SQLFeatureNotSupportedException("rollback"); }
    @Override public void setAutoCommit(boolean a0) throws SQLException { throw new SQLFeatureNotSupportedException("setAutoCommit"); }
    @Override public void setCatalog(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("setCatalog"); }
    @Override public void setClientInfo(String a0, String a1) { throw new UnsupportedOperationException("setClientInfo"); }
    @Override public void setClientInfo(Properties a0) { throw new UnsupportedOperationException("setClientInfo"); }
    @Override public void setHoldability(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("setHoldability"); }
    @Override public void setNetworkTimeout(Executor a0, int a1) throws SQLException { throw new SQLFeatureNotSupportedException("setNetworkTimeout"); }
    @Override public void setReadOnly(boolean a0) throws SQLException { throw new SQLFeatureNotSupportedException("setReadOnly"); }
    @Override public Savepoint setSavepoint() throws SQLException { throw new SQLFeatureNotSupportedException("setSavepoint"); }
    @Override public Savepoint setSavepoint(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("setSavepoint"); }
    @Override public void setSchema(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("setSchema"); }
    @Override public void setTransactionIsolation(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("setTransactionIsolation"); }
    @Override public void setTypeMap(Map<String, Class<?>> a0) throws SQLException { throw new SQLFeatureNotSupportedException("setTypeMap"); }
    @Override public <T> T unwrap(Class<T> a0) throws SQLException { throw new SQLFeatureNotSupportedException("unwrap"); }
}
