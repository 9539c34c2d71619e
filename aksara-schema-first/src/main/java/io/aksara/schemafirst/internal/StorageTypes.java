package io.aksara.schemafirst.internal;

import io.aksara.meta.FieldType;
import java.util.Locale;
import java.util.Set;
import org.jooq.DataType;

/**
 * The column types a field keeps as its {@code dbType}, because migrations would otherwise give
 * the column another one: on MariaDB and MySQL, Aksara's text is {@code longtext} and its
 * instants are {@code datetime(6)}, so a legacy {@code text} or {@code timestamp} column names its
 * type, and the round trip through migrations keeps it.
 */
final class StorageTypes {
    private static final Set<String> NARROW_TEXT = Set.of("text", "tinytext", "mediumtext");

    private StorageTypes() {}

    /** The type to keep for a MariaDB or MySQL column of this field type, or null when Aksara's own is the column's. */
    static String mysqlFamily(FieldType fieldType, DataType<?> type) {
        String name = type.getTypeName().toLowerCase(Locale.ROOT);
        if (fieldType == FieldType.TEXT && NARROW_TEXT.contains(name)) {
            return name;
        }
        if (fieldType == FieldType.DATE_TIME && name.equals("timestamp")) {
            // jOOQ reads the fractional digits of a timestamp(n) as its precision
            return type.precisionDefined() && type.precision() > 0 ? name + "(" + type.precision() + ")" : name;
        }
        return null;
    }
}
