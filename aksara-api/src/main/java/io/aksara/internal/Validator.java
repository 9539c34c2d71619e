package io.aksara.internal;

import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.errors.ValidationError;
import io.aksara.meta.FieldMeta;
import io.aksara.kinds.CodecKind;
import io.aksara.kinds.EnumKind;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks an instance against its field options before it is written: nulls, lengths, text every
 * database stores (no NUL, no unpaired surrogate), e-mail format, decimal digits and places,
 * finite numbers, the date and time range ({@link ValueRanges}), JSON that can be written,
 * choices. Collects every problem, then throws one {@link ValidationError}. Messages follow
 * Django's wording. Every write runs these rules: {@code save()} and {@code create()} here,
 * the bulk writes per object, and values given by name through {@link WriteValues}.
 */
public final class Validator {
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$");

    private Validator() {}

    /** Throws {@link ValidationError} listing every invalid field of the instance. */
    public static <M extends Model> void validate(ModelMeta<M> meta, M instance) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        java.util.Set<String> deferred = ModelInternals.deferred(instance); // not loaded, so not written
        for (FieldMeta<M, ?> field : meta.fields()) {
            if (deferred.contains(field.name())) {
                continue;
            }
            List<String> messages = check(field, field.get(instance));
            if (!messages.isEmpty()) {
                errors.put(field.name(), messages);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationError(meta.name(), errors);
        }
    }

    static List<String> check(FieldMeta<?, ?> field, Object attribute) {
        List<String> out = new ArrayList<>(1);
        // a kind of its own is checked in its stored form, by the rules of the kind it is stored as
        Object value = field.kind() instanceof CodecKind<?, ?> codec && codec.javaClass().isInstance(attribute)
                || field.kind() instanceof EnumKind && attribute instanceof Enum<?> ? field.kind().encode(attribute) : attribute;
        if (value == null) {
            if (!field.nullable() && !field.generated()) {
                out.add("This field cannot be null.");
            }
            return out;
        }
        switch (field.type()) {
            case STRING, TEXT, EMAIL -> text(field, (String) value, out);
            case DECIMAL -> decimal(field, (BigDecimal) value, out);
            case INTEGER, BIG_INTEGER -> choices(field, String.valueOf(value), out);
            case FLOAT -> {
                if (!Double.isFinite(((Number) value).doubleValue())) {
                    out.add(ValueRanges.NOT_FINITE);
                }
            }
            case DATE_TIME -> {
                OffsetDateTime t = (OffsetDateTime) value;
                if (t.getYear() <= 1 || t.getYear() >= 9999) { // only the first and last years need the exact check
                    add(out, ValueRanges.dateTime(t.toInstant()));
                }
            }
            case DATE -> add(out, ValueRanges.date((LocalDate) value));
            case LOCAL_DATE_TIME -> add(out, ValueRanges.date(((java.time.LocalDateTime) value).toLocalDate()));
            case JSON -> add(out, ValueRanges.json(value));
            case DURATION -> add(out, ValueRanges.duration((Duration) value));
            case BINARY -> {
                int length = ((byte[]) value).length;
                if (field.maxLength() > 0 && length > field.maxLength()) {
                    out.add("Ensure this value has at most " + field.maxLength() + " bytes (it has " + length + ").");
                }
            }
            case FOREIGN_KEY -> {
                if (value instanceof Ref<?> ref && ref.id() == null) {
                    out.add("Save the related " + ref.type().getSimpleName() + " first: it has no primary key yet.");
                }
            }
            default -> { }
        }
        return out;
    }

    private static void add(List<String> out, String problem) {
        if (problem != null) {
            out.add(problem);
        }
    }

    private static void text(FieldMeta<?, ?> field, String s, List<String> out) {
        add(out, TextRules.problem(s));
        int length = s.codePointCount(0, s.length());
        if (field.maxLength() > 0 && length > field.maxLength()) {
            out.add("Ensure this value has at most " + field.maxLength() + " characters (it has " + length + ").");
        }
        if (field.type() == FieldType.EMAIL && !EMAIL.matcher(s).matches()) {
            out.add("Enter a valid email address.");
        }
        choices(field, s, out);
    }

    private static void choices(FieldMeta<?, ?> field, String s, List<String> out) {
        if (!field.choices().isEmpty() && !field.choices().contains(s)) {
            out.add("Value '" + s + "' is not a valid choice. Choices: " + String.join(", ", field.choices()) + ".");
        }
    }

    private static void decimal(FieldMeta<?, ?> field, BigDecimal value, List<String> out) {
        BigDecimal v = value.stripTrailingZeros();
        int places = Math.max(v.scale(), 0);
        int digits = v.precision() - v.scale();
        int whole = Math.max(digits, 0);
        int total = whole + places;
        int maxWhole = field.maxDigits() - field.decimalPlaces();
        if (total > field.maxDigits()) {
            out.add("Ensure that there are no more than " + field.maxDigits() + " digits in total.");
        }
        if (places > field.decimalPlaces()) {
            out.add("Ensure that there are no more than " + field.decimalPlaces() + " decimal places.");
        }
        if (whole > maxWhole) {
            out.add("Ensure that there are no more than " + maxWhole + " digits before the decimal point.");
        }
    }
}
