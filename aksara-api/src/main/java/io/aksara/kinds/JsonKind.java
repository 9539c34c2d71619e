package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.internal.Json;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.JsonValue;
import java.math.BigDecimal;

/**
 * The kind of {@code @JSONField}: maps, lists, strings, numbers, booleans and nulls. The Java field
 * keeps the value as given; the column gets its JSON text.
 */
public final class JsonKind extends BuiltInKind<Object> {
    public JsonKind() {
        super(FieldType.JSON, Object.class);
    }

    /**
     * A whole document becomes {@link JsonValue} text; a value compared with a key inside a
     * document ({@code data__score__gte}) stays a plain string, number or boolean.
     */
    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        if (field.isDerived()) {
            return switch (value) {
                case String s -> s;
                case Boolean b -> b;
                case BigDecimal d -> d;
                case Number n -> new BigDecimal(n.toString());
                default -> throw FieldError.wrongType(field, "a string, number or boolean to compare a JSON key with", value);
            };
        }
        try {
            return new JsonValue(Json.write(value));
        } catch (IllegalArgumentException e) {
            throw FieldError.wrongType(field, "maps, lists, strings, numbers, booleans and nulls (" + e.getMessage() + ")", value);
        }
    }

    @Override
    public Object toAttribute(FieldMeta<?, ?> field, Object value) {
        toColumn(field, value); // checks that the value can be written as JSON
        return value;
    }

    @Override
    public Object encode(Object attribute) {
        return attribute == null ? null : new JsonValue(Json.write(attribute));
    }

    @Override
    public Object parseDefault(String text) {
        return Json.parse(text.trim());
    }
}
