package io.aksara.meta;

import io.aksara.Model;
import io.aksara.errors.FieldError;
import io.aksara.kinds.FieldKind;
import io.aksara.kinds.FieldKinds;
import java.util.LinkedHashMap;
import java.util.Map;

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
        return parse(FieldKinds.of(type), text);
    }

    /**
     * The value of the text for a field kind, as its column stores it.
     *
     * @throws IllegalArgumentException when the text is not a value of the kind
     */
    public static Object parse(FieldKind<?> kind, String text) {
        try {
            return kind.parseDefault(text);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) { // DateTimeParseException and friends
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The value of a field's {@code @Default} text; a bad text is a {@link FieldError} naming the field. */
    static Object parse(FieldMeta<?, ?> field, String text) {
        try {
            return parse(field.isRelation() ? FieldKinds.of(field.columnType()) : field.kind(), text);
        } catch (IllegalArgumentException e) {
            throw new FieldError("@Default(\"" + text + "\") on " + field.qualifiedName() + " is not a valid "
                    + field.kind().displayName() + " value: " + e.getMessage());
        }
    }

    /**
     * The default of each field of the model that has one: an explicit {@code @Default}, or else
     * the value a fresh instance holds (the field initializer); the primary key has none.
     */
    static <M extends Model> Map<FieldMeta<M, ?>, Object> defaults(ModelMeta<M> model) {
        M fresh = model.newInstance();
        Map<FieldMeta<M, ?>, Object> map = new LinkedHashMap<>();
        for (FieldMeta<M, ?> f : model.fields()) {
            Object value = f.explicitDefault() != null ? parse(f, f.explicitDefault()) : f.columnValue(fresh);
            if (value != null && !f.primaryKey()) {
                map.put(f, value);
            }
        }
        return map;
    }
}
