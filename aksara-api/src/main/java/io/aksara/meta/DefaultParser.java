package io.aksara.meta;

import io.aksara.errors.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Parses the text of a {@link io.aksara.fields.Default @Default} into a value of the field's type.
 * The annotation processor uses the same rules at compile time, so a typo fails the build.
 *
 * <pre>{@code DefaultParser.parse(FieldType.DECIMAL, "9.99");   // BigDecimal 9.99 }</pre>
 */
public final class DefaultParser {
    private DefaultParser() {}

    /**
     * The value of the text for a column type.
     *
     * @throws IllegalArgumentException when the text is not a value of the type
     */
    public static Object parse(FieldType type, String text) {
        String t = type.family() == FieldType.Family.TEXT ? text : text.trim();
        try {
            return switch (type) {
                case STRING, TEXT, EMAIL -> t;
                case INTEGER -> Integer.valueOf(t);
                case BIG_INTEGER, BIG_AUTO -> Long.valueOf(t);
                case FLOAT -> Double.valueOf(t);
                case DECIMAL -> new BigDecimal(t);
                case BOOLEAN -> switch (t) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("expected true or false");
                };
                case DATE_TIME -> OffsetDateTime.parse(t);
                case DATE -> LocalDate.parse(t);
                case TIME -> LocalTime.parse(t);
                case UUID -> UUID.fromString(t);
                case JSON -> io.aksara.internal.Json.parse(t);
                case FOREIGN_KEY -> throw new IllegalArgumentException("give the default of the target's key type");
            };
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) { // DateTimeParseException and friends
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The value of a field's {@code @Default} text; a bad text is a {@link FieldError} naming the field. */
    static Object parse(FieldMeta<?, ?> field, String text) {
        try {
            return parse(field.columnType(), text);
        } catch (IllegalArgumentException e) {
            throw new FieldError("@Default(\"" + text + "\") on " + field.qualifiedName() + " is not a valid "
                    + field.type().displayName() + " value: " + e.getMessage());
        }
    }
}
