package io.aksara.schemafirst.internal;

import io.aksara.meta.FieldType;
import io.aksara.schemafirst.ColumnDescription;
import java.util.Set;

/**
 * The Java side of a generated field for {@link ModelSourceWriter}: the annotation's name, the
 * field's Java type (primitive for a non-null number or boolean, as a hand-written model would have)
 * and the initializer that spells a column default.
 */
final class FieldJavaTypes {
    private FieldJavaTypes() {}

    static String annotationName(FieldType type) {
        return type.displayName();
    }

    /** A primitive for a non-null number or boolean (as a hand-written model would have), boxed otherwise. */
    static String javaType(ColumnDescription c, boolean primaryKey, Set<String> imports) {
        boolean boxed = c.nullable() || primaryKey;
        return switch (c.type()) {
            case STRING, TEXT, EMAIL -> "String";
            case INTEGER -> boxed ? "Integer" : "int";
            case BIG_INTEGER -> boxed ? "Long" : "long";
            case BOOLEAN -> boxed ? "Boolean" : "boolean";
            case FLOAT -> boxed ? "Double" : "double";
            case DECIMAL -> imported("java.math.BigDecimal", imports);
            case DATE_TIME -> imported("java.time.OffsetDateTime", imports);
            case LOCAL_DATE_TIME -> imported("java.time.LocalDateTime", imports);
            case DATE -> imported("java.time.LocalDate", imports);
            case TIME -> imported("java.time.LocalTime", imports);
            case DURATION -> imported("java.time.Duration", imports);
            case UUID -> imported("java.util.UUID", imports);
            case JSON -> "Object";
            case BINARY -> "byte[]";
            case ARRAY -> ArrayColumnTypes.javaType(c, imports);
            default -> throw new IllegalStateException("no Java type for " + c.type());
        };
    }

    static String imported(String qualified, Set<String> imports) {
        imports.add(qualified);
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    static String initializer(FieldType type, String literal) {
        return switch (type) {
            case STRING, TEXT, EMAIL -> Java.literal(literal);
            case BIG_INTEGER -> literal + "L";
            case DECIMAL -> "new BigDecimal(" + Java.literal(literal) + ")";
            default -> literal;
        };
    }
}
