package io.aksara.schemafirst.internal;

import io.aksara.meta.FieldType;
import io.aksara.schemafirst.ColumnDescription;
import java.util.Locale;
import java.util.Set;
import org.jooq.DataType;

/**
 * PostgreSQL array columns in inspectdb: which element types have an array field
 * ({@code text[]} and {@code varchar[]}, {@code integer[]}, {@code bigint[]}, {@code uuid[]}) and
 * the annotation and {@code List} type a column becomes.
 */
final class ArrayColumnTypes {
    private static final Set<FieldType> ELEMENTS = Set.of(FieldType.TEXT, FieldType.STRING, FieldType.INTEGER,
            FieldType.BIG_INTEGER, FieldType.UUID);

    private ArrayColumnTypes() {}

    /** Whether an array column has an array field: its elements are text, integers or UUIDs. */
    static boolean supported(DataType<?> array) {
        DataType<?> element = array.getArrayComponentDataType();
        return element != null && ELEMENTS.contains(FieldTypes.of(element, false, false));
    }

    /** The annotation of an array column ({@code IntegerArrayField}). */
    static String annotation(ColumnDescription c) {
        return element(c) + "ArrayField";
    }

    /** The Java type of an array column's field ({@code List<Integer>}), its imports added. */
    static String javaType(ColumnDescription c, Set<String> imports) {
        imports.add("java.util.List");
        return switch (element(c)) {
            case "Integer" -> "List<Integer>";
            case "BigInteger" -> "List<Long>";
            case "Uuid" -> {
                imports.add("java.util.UUID");
                yield "List<UUID>";
            }
            default -> "List<String>";
        };
    }

    /** The element's name in the annotation, from the column's type ({@code int4[]}, {@code integer[]}, ...). */
    private static String element(ColumnDescription c) {
        String t = c.sqlType().toLowerCase(Locale.ROOT).replace("[]", "").replaceFirst("^_", "").trim();
        return switch (t) {
            case "int", "int2", "int4", "integer", "smallint" -> "Integer";
            case "int8", "bigint" -> "BigInteger";
            case "uuid" -> "Uuid";
            default -> "Text";
        };
    }
}
