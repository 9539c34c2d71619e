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
 * Every method of {@link ResultSet} the stub driver does not need, refusing. Written out from the
 * interface (one line per method) so the stub's own classes show only what they answer.
 */
@SuppressWarnings("deprecation")
abstract class RefusingResultSet implements ResultSet {
    @Override public boolean absolute(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("absolute"); }
    @Override public void afterLast() throws SQLException { throw new SQLFeatureNotSupportedException("afterLast"); }
    @Override public void beforeFirst() throws SQLException { throw new SQLFeatureNotSupportedException("beforeFirst"); }
    @Override public void cancelRowUpdates() throws SQLException { throw new SQLFeatureNotSupportedException("cancelRowUpdates"); }
    @Override public void clearWarnings() throws SQLException { throw new SQLFeatureNotSupportedException("clearWarnings"); }
    @Override public void close() throws SQLException { throw new SQLFeatureNotSupportedException("close"); }
    @Override public void deleteRow() throws SQLException { throw new SQLFeatureNotSupportedException("deleteRow"); }
    @Override public int findColumn(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("findColumn"); }
    @Override public boolean first() throws SQLException { throw new SQLFeatureNotSupportedException("first"); }
    @Override public Array getArray(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getArray"); }
    @Override public Array getArray(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getArray"); }
    @Override public InputStream getAsciiStream(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getAsciiStream"); }
    @Override public InputStream getAsciiStream(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getAsciiStream"); }
    @Override public BigDecimal getBigDecimal(String a0, int a1) throws SQLException { throw new SQLFeatureNotSupportedException("getBigDecimal"); }
    @Override public BigDecimal getBigDecimal(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getBigDecimal"); }
    @Override public BigDecimal getBigDecimal(int a0, int a1) throws SQLException { throw new SQLFeatureNotSupportedException("getBigDecimal"); }
    @Override public BigDecimal getBigDecimal(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getBigDecimal"); }
    @Override public InputStream getBinaryStream(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getBinaryStream"); }
    @Override public InputStream getBinaryStream(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getBinaryStream"); }
    @Override public Blob getBlob(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getBlob"); }
    @Override public Blob getBlob(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getBlob"); }
    @Override public boolean getBoolean(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getBoolean"); }
    @Override public boolean getBoolean(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getBoolean"); }
    @Override public byte getByte(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getByte"); }
    @Override public byte getByte(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getByte"); }
    @Override public byte[] getBytes(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getBytes"); }
    @Override public byte[] getBytes(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getBytes"); }
    @Override public Reader getCharacterStream(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getCharacterStream"); }
    @Override public Reader getCharacterStream(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getCharacterStream"); }
    @Override public Clob getClob(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getClob"); }
    @Override public Clob getClob(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getClob"); }
    @Override public int getConcurrency() throws SQLException { throw new SQLFeatureNotSupportedException("getConcurrency"); }
    @Override public String getCursorName() throws SQLException { throw new SQLFeatureNotSupportedException("getCursorName"); }
    @Override public Date getDate(String a0, Calendar a1) throws SQLException { throw new SQLFeatureNotSupportedException("getDate"); }
    @Override public Date getDate(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getDate"); }
    @Override public Date getDate(int a0, Calendar a1) throws SQLException { throw new SQLFeatureNotSupportedException("getDate"); }
    @Override public Date getDate(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getDate"); }
    @Override public double getDouble(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getDouble"); }
    @Override public double getDouble(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getDouble"); }
    @Override public int getFetchDirection() throws SQLException { throw new SQLFeatureNotSupportedException("getFetchDirection"); }
    @Override public int getFetchSize() throws SQLException { throw new SQLFeatureNotSupportedException("getFetchSize"); }
    @Override public float getFloat(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getFloat"); }
    @Override public float getFloat(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getFloat"); }
    @Override public int getHoldability() throws SQLException { throw new SQLFeatureNotSupportedException("getHoldability"); }
    @Override public int getInt(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getInt"); }
    @Override public int getInt(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getInt"); }
    @Override public long getLong(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getLong"); }
    @Override public long getLong(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getLong"); }
    @Override public ResultSetMetaData getMetaData() throws SQLException { throw new SQLFeatureNotSupportedException("getMetaData"); }
    @Override public Reader getNCharacterStream(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getNCharacterStream"); }
    @Override public Reader getNCharacterStream(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getNCharacterStream"); }
    @Override public NClob getNClob(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getNClob"); }
    @Override public NClob getNClob(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getNClob"); }
    @Override public String getNString(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getNString"); }
    @Override public String getNString(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getNString"); }
    @Override public <T> T getObject(String a0, Class<T> a1) throws SQLException { throw new SQLFeatureNotSupportedException("getObject"); }
    @Override public Object getObject(String a0, Map<String, Class<?>> a1) throws SQLException { throw new SQLFeatureNotSupportedException("getObject"); }
    @Override public Object getObject(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getObject"); }
    @Override public <T> T getObject(int a0, Class<T> a1) throws SQLException { throw new SQLFeatureNotSupportedException("getObject"); }
    @Override public Object getObject(int a0, Map<String, Class<?>> a1) throws SQLException { throw new SQLFeatureNotSupportedException("getObject"); }
    @Override public Object getObject(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getObject"); }
    @Override public Ref getRef(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getRef"); }
    @Override public Ref getRef(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getRef"); }
    @Override public int getRow() throws SQLException { throw new SQLFeatureNotSupportedException("getRow"); }
    @Override public RowId getRowId(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getRowId"); }
    @Override public RowId getRowId(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getRowId"); }
    @Override public SQLXML getSQLXML(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getSQLXML"); }
    @Override public SQLXML getSQLXML(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getSQLXML"); }
    @Override public short getShort(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getShort"); }
    @Override public short getShort(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getShort"); }
    @Override public Statement getStatement() throws SQLException { throw new SQLFeatureNotSupportedException("getStatement"); }
    @Override public String getString(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getString"); }
    @Override public String getString(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getString"); }
    @Override public Time getTime(String a0, Calendar a1) throws SQLException { throw new SQLFeatureNotSupportedException("getTime"); }
    @Override public Time getTime(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getTime"); }
    @Override public Time getTime(int a0, Calendar a1) throws SQLException { throw new SQLFeatureNotSupportedException("getTime"); }
    @Override public Time getTime(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getTime"); }
    @Override public Timestamp getTimestamp(String a0, Calendar a1) throws SQLException { throw new SQLFeatureNotSupportedException("getTimestamp"); }
    @Override public Timestamp getTimestamp(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getTimestamp"); }
    @Override public Timestamp getTimestamp(int a0, Calendar a1) throws SQLException { throw new SQLFeatureNotSupportedException("getTimestamp"); }
    @Override public Timestamp getTimestamp(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getTimestamp"); }
    @Override public int getType() throws SQLException { throw new SQLFeatureNotSupportedException("getType"); }
    @Override public URL getURL(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getURL"); }
    @Override public URL getURL(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getURL"); }
    @Override public InputStream getUnicodeStream(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("getUnicodeStream"); }
    @Override public InputStream getUnicodeStream(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("getUnicodeStream"); }
    @Override public SQLWarning getWarnings() throws SQLException { throw new SQLFeatureNotSupportedException("getWarnings"); }
    @Override public void insertRow() throws SQLException { throw new SQLFeatureNotSupportedException("insertRow"); }
    @Override public boolean isAfterLast() throws SQLException { throw new SQLFeatureNotSupportedException("isAfterLast"); }
    @Override public boolean isBeforeFirst() throws SQLException { throw new SQLFeatureNotSupportedException("isBeforeFirst"); }
    @Override public boolean isClosed() throws SQLException { throw new SQLFeatureNotSupportedException("isClosed"); }
    @Override public boolean isFirst() throws SQLException { throw new SQLFeatureNotSupportedException("isFirst"); }
    @Override public boolean isLast() throws SQLException { throw new SQLFeatureNotSupportedException("isLast"); }
    @Override public boolean isWrapperFor(Class<?> a0) throws SQLException { throw new SQLFeatureNotSupportedException("isWrapperFor"); }
    @Override public boolean last() throws SQLException { throw new SQLFeatureNotSupportedException("last"); }
    @Override public void moveToCurrentRow() throws SQLException { throw new SQLFeatureNotSupportedException("moveToCurrentRow"); }
    @Override public void moveToInsertRow() throws SQLException { throw new SQLFeatureNotSupportedException("moveToInsertRow"); }
    @Override public boolean next() throws SQLException { throw new SQLFeatureNotSupportedException("next"); }
    @Override public boolean previous() throws SQLException { throw new SQLFeatureNotSupportedException("previous"); }
    @Override public void refreshRow() throws SQLException { throw new SQLFeatureNotSupportedException("refreshRow"); }
    @Override public boolean relative(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("relative"); }
    @Override public boolean rowDeleted() throws SQLException { throw new SQLFeatureNotSupportedException("rowDeleted"); }
    @Override public boolean rowInserted() throws SQLException { throw new SQLFeatureNotSupportedException("rowInserted"); }
    @Override public boolean rowUpdated() throws SQLException { throw new SQLFeatureNotSupportedException("rowUpdated"); }
    @Override public void setFetchDirection(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("setFetchDirection"); }
    @Override public void setFetchSize(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("setFetchSize"); }
    @Override public <T> T unwrap(Class<T> a0) throws SQLException { throw new SQLFeatureNotSupportedException("unwrap"); }
    @Override public void updateArray(String a0, Array a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateArray"); }
    @Override public void updateArray(int a0, Array a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateArray"); }
    @Override public void updateAsciiStream(String a0, InputStream a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateAsciiStream"); }
    @Override public void updateAsciiStream(String a0, InputStream a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateAsciiStream"); }
    @Override public void updateAsciiStream(String a0, InputStream a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateAsciiStream"); }
    @Override public void updateAsciiStream(int a0, InputStream a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateAsciiStream"); }
    @Override public void updateAsciiStream(int a0, InputStream a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateAsciiStream"); }
    @Override public void updateAsciiStream(int a0, InputStream a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateAsciiStream"); }
    @Override public void updateBigDecimal(String a0, BigDecimal a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateBigDecimal"); }
    @Override public void updateBigDecimal(int a0, BigDecimal a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateBigDecimal"); }
    @Override public void updateBinaryStream(String a0, InputStream a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateBinaryStream"); }
    @Override public void updateBinaryStream(String a0, InputStream a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateBinaryStream"); }
    @Override public void updateBinaryStream(String a0, InputStream a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateBinaryStream"); }
    @Override public void updateBinaryStream(int a0, InputStream a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateBinaryStream"); }
    @Override public void updateBinaryStream(int a0, InputStream a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateBinaryStream"); }
    @Override public void updateBinaryStream(int a0, InputStream a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateBinaryStream"); }
    @Override public void updateBlob(String a0, InputStream a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateBlob"); }
    @Override public void updateBlob(String a0, InputStream a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateBlob"); }
    @Override public void updateBlob(String a0, Blob a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateBlob"); }
    @Override public void updateBlob(int a0, InputStream a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateBlob"); }
    @Override public void updateBlob(int a0, InputStream a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateBlob"); }
    @Override public void updateBlob(int a0, Blob a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateBlob"); }
    @Override public void updateBoolean(String a0, boolean a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateBoolean"); }
    @Override public void updateBoolean(int a0, boolean a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateBoolean"); }
    @Override public void updateByte(String a0, byte a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateByte"); }
    @Override public void updateByte(int a0, byte a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateByte"); }
    @Override public void updateBytes(String a0, byte[] a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateBytes"); }
    @Override public void updateBytes(int a0, byte[] a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateBytes"); }
    @Override public void updateCharacterStream(String a0, Reader a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateCharacterStream"); }
    @Override public void updateCharacterStream(String a0, Reader a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateCharacterStream"); }
    @Override public void updateCharacterStream(String a0, Reader a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateCharacterStream"); }
    @Override public void updateCharacterStream(int a0, Reader a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateCharacterStream"); }
    @Override public void updateCharacterStream(int a0, Reader a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateCharacterStream"); }
    @Override public void updateCharacterStream(int a0, Reader a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateCharacterStream"); }
    @Override public void updateClob(String a0, Reader a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateClob"); }
    @Override public void updateClob(String a0, Reader a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateClob"); }
    @Override public void updateClob(String a0, Clob a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateClob"); }
    @Override public void updateClob(int a0, Reader a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateClob"); }
    @Override public void updateClob(int a0, Reader a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateClob"); }
    @Override public void updateClob(int a0, Clob a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateClob"); }
    @Override public void updateDate(String a0, Date a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateDate"); }
    @Override public void updateDate(int a0, Date a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateDate"); }
    @Override public void updateDouble(String a0, double a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateDouble"); }
    @Override public void updateDouble(int a0, double a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateDouble"); }
    @Override public void updateFloat(String a0, float a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateFloat"); }
    @Override public void updateFloat(int a0, float a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateFloat"); }
    @Override public void updateInt(String a0, int a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateInt"); }
    @Override public void updateInt(int a0, int a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateInt"); }
    @Override public void updateLong(String a0, long a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateLong"); }
    @Override public void updateLong(int a0, long a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateLong"); }
    @Override public void updateNCharacterStream(String a0, Reader a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateNCharacterStream"); }
    @Override public void updateNCharacterStream(String a0, Reader a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateNCharacterStream"); }
    @Override public void updateNCharacterStream(int a0, Reader a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateNCharacterStream"); }
    @Override public void updateNCharacterStream(int a0, Reader a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateNCharacterStream"); }
    @Override public void updateNClob(String a0, Reader a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateNClob"); }
    @Override public void updateNClob(String a0, Reader a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateNClob"); }
    @Override public void updateNClob(String a0, NClob a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateNClob"); }
    @Override public void updateNClob(int a0, Reader a1, long a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateNClob"); }
    @Override public void updateNClob(int a0, Reader a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateNClob"); }
    @Override public void updateNClob(int a0, NClob a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateNClob"); }
    @Override public void updateNString(String a0, String a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateNString"); }
    @Override public void updateNString(int a0, String a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateNString"); }
    @Override public void updateNull(String a0) throws SQLException { throw new SQLFeatureNotSupportedException("updateNull"); }
    @Override public void updateNull(int a0) throws SQLException { throw new SQLFeatureNotSupportedException("updateNull"); }
    @Override public void updateObject(String a0, Object a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateObject"); }
    @Override public void updateObject(String a0, Object a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateObject"); }
    @Override public void updateObject(int a0, Object a1, int a2) throws SQLException { throw new SQLFeatureNotSupportedException("updateObject"); }
    @Override public void updateObject(int a0, Object a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateObject"); }
    @Override public void updateRef(String a0, Ref a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateRef"); }
    @Override public void updateRef(int a0, Ref a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateRef"); }
    @Override public void updateRow() throws SQLException { throw new SQLFeatureNotSupportedException("updateRow"); }
    @Override public void updateRowId(String a0, RowId a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateRowId"); }
    @Override public void updateRowId(int a0, RowId a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateRowId"); }
    @Override public void updateSQLXML(String a0, SQLXML a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateSQLXML"); }
    @Override public void updateSQLXML(int a0, SQLXML a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateSQLXML"); }
    @Override public void updateShort(String a0, short a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateShort"); }
    @Override public void updateShort(int a0, short a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateShort"); }
    @Override public void updateString(String a0, String a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateString"); }
    @Override public void updateString(int a0, String a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateString"); }
    @Override public void updateTime(String a0, Time a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateTime"); }
    @Override public void updateTime(int a0, Time a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateTime"); }
    @Override public void updateTimestamp(String a0, Timestamp a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateTimestamp"); }
    @Override public void updateTimestamp(int a0, Timestamp a1) throws SQLException { throw new SQLFeatureNotSupportedException("updateTimestamp"); }
    @Override public boolean wasNull() throws SQLException { throw new SQLFeatureNotSupportedException("wasNull"); }
}
