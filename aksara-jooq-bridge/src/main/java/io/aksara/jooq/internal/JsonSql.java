package io.aksara.jooq.internal;

import io.aksara.jooq.sql.LookupSql;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.UnsupportedFeature;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.lookup.JsonKey;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Transform;
import io.aksara.query.ColumnPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Lookups on values inside JSON documents ({@code data__owner__email}). The keys are bound
 * parameters, never SQL text: PostgreSQL gets {@code jsonb_extract_path_text(col, ?, ?)}, MySQL
 * and MariaDB {@code json_unquote(json_extract(col, ?))} with a quoted path. The value found is
 * compared as text, or as a number when the lookup's value is a number; a boolean compares with
 * {@code 'true'}/{@code 'false'}. H2 has no JSON path functions, so key lookups are refused there.
 */
final class JsonSql {
    private JsonSql() {}

    static boolean isKeyPath(ColumnPath path) {
        return !path.transforms().isEmpty() && path.transforms().stream().allMatch(t -> t instanceof JsonKey);
    }

    static Condition condition(Field<Object> column, ColumnPath path, Lookup lookup, Object value, Vendor vendor) {
        Field<String> text = text(column, keys(path), vendor);
        String name = lookup.name();
        if (name.equals("isnull")) {
            Condition missing = missing(column, path, vendor);
            return Boolean.TRUE.equals(value) ? missing : DSL.not(missing);
        }
        if (value instanceof Boolean b) {
            return name.equals("exact") ? text.eq(b.toString()) : text.ne(b.toString());
        }
        if (numeric(value)) {
            DataType<BigDecimal> decimal = vendor.jsonNumberType();
            @SuppressWarnings("unchecked")
            Field<Object> number = (Field<Object>) (Field<?>) DSL.cast(text, decimal);
            return LookupSql.of(lookup).render(number, value, vendor);
        }
        @SuppressWarnings("unchecked")
        Field<Object> asText = (Field<Object>) (Field<?>) text;
        Object v = value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : value;
        return LookupSql.of(lookup).render(asText, v, vendor);
    }

    /** The key is absent or holds JSON null. */
    static Condition missing(Field<Object> column, ColumnPath path, Vendor vendor) {
        text(column, keys(path), vendor); // refuses a database without JSON paths
        return vendor.jsonMissing(column, keys(path));
    }

    private static Field<String> text(Field<Object> column, List<String> keys, Vendor vendor) {
        Field<String> text = vendor.jsonText(column, keys);
        if (text == null) {
            throw new UnsupportedFeature(vendor, Feature.JSON, "a lookup on a key inside a JSON document",
                    "PostgreSQL, MySQL, MariaDB and SQLite have them");
        }
        return text;
    }

    private static List<String> keys(ColumnPath path) {
        List<String> keys = new ArrayList<>();
        for (Transform t : path.transforms()) {
            keys.add(((JsonKey) t).key());
        }
        return keys;
    }

    private static boolean numeric(Object value) {
        if (value instanceof List<?> l) {
            return !l.isEmpty() && l.stream().allMatch(v -> v instanceof Number);
        }
        return value instanceof Number;
    }
}
