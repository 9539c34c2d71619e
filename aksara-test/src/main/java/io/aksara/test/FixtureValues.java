package io.aksara.test;

import io.aksara.Model;
import io.aksara.errors.FieldError;
import io.aksara.errors.FixtureError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One field's value in a fixture and back, as Django's serializer writes it: text, numbers and
 * booleans as themselves, decimals as strings (exact), dates, times, timestamps and UUIDs in ISO
 * form, JSON documents as nested JSON, a foreign key as the target's primary key.
 */
final class FixtureValues {
    private FixtureValues() {}

    /** The value of the field on the instance, as something {@code Json.write} writes. */
    static Object encode(FieldMeta<?, ?> field, Model instance) {
        if (field.type() == FieldType.JSON) {
            return field.getUnchecked(instance); // maps, lists and scalars already
        }
        Object v = field.columnValueUnchecked(instance);
        return switch (v) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case BigDecimal d -> d.toPlainString();
            case Integer i -> i;
            case Long l -> l;
            case Number n -> n;
            default -> v.toString(); // OffsetDateTime, LocalDate, LocalTime, UUID: ISO text
        };
    }

    /** The fixture's value converted to what the field holds; {@code where} names it in errors. */
    static Object decode(FieldMeta<?, ?> field, Object value, String where) {
        try {
            return Values.toAttributeValue(field, parse(field, value));
        } catch (FieldError | DateTimeParseException | NumberFormatException e) {
            throw new FixtureError(where + ": " + field.qualifiedName() + " cannot hold " + describe(value) + " ("
                    + e.getMessage() + ")", e);
        }
    }

    private static Object parse(FieldMeta<?, ?> field, Object value) {
        if (!(value instanceof String s) || field.isRelation()) {
            return value;
        }
        return switch (field.type()) {
            case DATE_TIME -> OffsetDateTime.parse(s);
            case DATE -> LocalDate.parse(s);
            case TIME -> LocalTime.parse(s);
            case DECIMAL -> new BigDecimal(s);
            default -> s;
        };
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
