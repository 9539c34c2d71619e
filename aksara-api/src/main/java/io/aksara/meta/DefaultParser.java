package io.aksara.meta;

import io.aksara.errors.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Parses the text of a {@link io.aksara.fields.Default @Default} into a value of the field's type. */
final class DefaultParser {
    private DefaultParser() {}

    static Object parse(FieldMeta<?, ?> field, String text) {
        try {
            return switch (field.columnType()) {
                case STRING, TEXT, EMAIL -> text;
                case INTEGER -> Integer.valueOf(text.trim());
                case BIG_INTEGER, BIG_AUTO -> Long.valueOf(text.trim());
                case FLOAT -> Double.valueOf(text.trim());
                case DECIMAL -> new BigDecimal(text.trim());
                case BOOLEAN -> parseBoolean(text.trim());
                case DATE_TIME -> OffsetDateTime.parse(text.trim());
                case DATE -> LocalDate.parse(text.trim());
                case TIME -> LocalTime.parse(text.trim());
                case UUID -> UUID.fromString(text.trim());
                case FOREIGN_KEY -> throw new IllegalStateException("unreachable: columnType() resolves relations");
            };
        } catch (RuntimeException e) {
            if (e instanceof FieldError fe) {
                throw fe;
            }
            throw new FieldError("@Default(\"" + text + "\") on " + field.qualifiedName() + " is not a valid "
                    + field.type().displayName() + " value: " + e.getMessage());
        }
    }

    private static Boolean parseBoolean(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }
}
