package io.aksara.jooq.internal;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.util.Map;

/** A one-row result set for the row-reading tests, answering the getters from one value per column index. */
final class OneRow {
    private OneRow() {}

    /** {@code getLong}/{@code getInt} give 0 for a missing value, as JDBC does for NULL; {@code wasNull} tells. */
    static ResultSet of(Map<Integer, Object> values) {
        Object[] last = new Object[1];
        return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("wasNull")) {
                        return last[0] == null;
                    }
                    Object v = values.get((Integer) args[0]);
                    last[0] = v;
                    return switch (method.getName()) {
                        case "getLong" -> v == null ? 0L : ((Number) v).longValue();
                        case "getInt" -> v == null ? 0 : ((Number) v).intValue();
                        default -> v; // getString, getBigDecimal, getObject(i, type)
                    };
                });
    }
}
