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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<String, List<String>> errors = Map.of(); // made at the first problem: a valid save allocates none
        Set<String> deferred = ModelInternals.deferred(instance); // not loaded, so not written
        // the fields to check, decided once per model: not one every value passes, not a generated
        // column (never written: whatever the instance holds is the database's last value)
        ValidationPlan plan = ValidationPlan.of(meta);
        for (int c = 0; c < plan.size(); c++) {
            FieldMeta<?, ?> field = plan.field(c);
            if (deferred.contains(field.name())) {
                continue;
            }
            List<String> messages = plan.check(c, field.getUnchecked(instance));
            if (!messages.isEmpty()) {
                errors = errors.isEmpty() ? new LinkedHashMap<>() : errors;
                errors.put(field.name(), messages);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationError(meta.name(), errors);
        }
    }

    /**
     * The problems of one value. The common case, none, allocates nothing: every row of a bulk
     * write passes through here once per field.
     */
    static List<String> check(FieldMeta<?, ?> field, Object attribute) {
        // a kind of its own is checked in its stored form, by the rules of the kind it is stored as
        Object value = field.kind() instanceof CodecKind<?, ?> codec && codec.javaClass().isInstance(attribute)
                || field.kind() instanceof EnumKind && attribute instanceof Enum<?> ? field.kind().encode(attribute) : attribute;
        return checkStored(field, value);
    }

    /**
     * Whether a field's value is checked as the field holds it, with no encoding first: true for
     * every kind but a {@link CodecKind} or an {@link EnumKind}. A bulk write decides it once per
     * field and call, then checks each row's value with {@link #checkStored}.
     */
    static boolean checkedAsHeld(FieldMeta<?, ?> field) {
        return !(field.kind() instanceof CodecKind<?, ?>) && !(field.kind() instanceof EnumKind);
    }

    /** {@link #check} of a value already in its stored form (see {@link #checkedAsHeld}). */
    static List<String> checkStored(FieldMeta<?, ?> field, Object value) {
        if (value == null) {
            // a @DbDefault column is filled by the database when the INSERT leaves it out
            return !field.nullable() && !field.generated() && field.dbDefault() == null ? List.of("This field cannot be null.") : List.of();
        }
        return switch (field.type()) {
            case STRING, TEXT, EMAIL -> text(field, (String) value);
            case DECIMAL -> decimal(field, (BigDecimal) value);
            case INTEGER, SMALL_INTEGER, BIG_INTEGER -> field.choices().isEmpty() ? List.of() : choices(field, String.valueOf(value), List.of());
            case FLOAT -> Double.isFinite(((Number) value).doubleValue()) ? List.of() : List.of(ValueRanges.NOT_FINITE);
            case DATE_TIME -> {
                OffsetDateTime t = (OffsetDateTime) value;
                yield plainDateTime(t) ? List.of() : plus(List.of(), ValueRanges.dateTime(t.toInstant()));
            }
            case DATE -> plus(List.of(), ValueRanges.date((LocalDate) value));
            case LOCAL_DATE_TIME -> plus(List.of(), ValueRanges.date(((LocalDateTime) value).toLocalDate()));
            case JSON -> plus(List.of(), ValueRanges.json(value));
            case DURATION -> plus(List.of(), ValueRanges.duration((Duration) value));
            case BINARY -> {
                int length = ((byte[]) value).length;
                yield field.maxLength() > 0 && length > field.maxLength()
                        ? List.of("Ensure this value has at most " + field.maxLength() + " bytes (it has " + length + ").")
                        : List.of();
            }
            case FOREIGN_KEY -> value instanceof Ref<?> ref && ref.id() == null
                    ? List.of("Save the related " + ref.type().getSimpleName() + " first: it has no primary key yet.")
                    : List.of();
            default -> List.of();
        };
    }

    /** {@code out} with the problem added (a new list for the first one), or as it is when there is none. */
    private static List<String> plus(List<String> out, String problem) {
        if (problem == null) {
            return out;
        }
        List<String> more = out.isEmpty() ? new ArrayList<>(2) : out;
        more.add(problem);
        return more;
    }

    private static List<String> text(FieldMeta<?, ?> field, String s) {
        List<String> out = plus(List.of(), TextRules.problem(s));
        // a text has no more code points than chars, so one within the limit in chars needs no count
        int length = field.maxLength() > 0 && s.length() > field.maxLength() ? s.codePointCount(0, s.length()) : 0;
        if (field.maxLength() > 0 && length > field.maxLength()) {
            out = plus(out, "Ensure this value has at most " + field.maxLength() + " characters (it has " + length + ").");
        }
        if (field.type() == FieldType.EMAIL && !EMAIL.matcher(s).matches()) {
            out = plus(out, "Enter a valid email address.");
        }
        return choices(field, s, out);
    }

    private static List<String> choices(FieldMeta<?, ?> field, String s, List<String> out) {
        if (!field.choices().isEmpty() && !field.choices().contains(s)) {
            return plus(out, "Value '" + s + "' is not a valid choice. Choices: " + String.join(", ", field.choices()) + ".");
        }
        return out;
    }

    /**
     * Whether every value of this field passes {@link #check}, so a caller need not read (and box)
     * it: an integer, boolean or automatic key with no choices, stored as it is, that is either
     * primitive (never null) or may be null (nullable, generated, or filled by a database default),
     * such as the implicit {@code id} of a new instance.
     */
    static boolean alwaysValid(FieldMeta<?, ?> field) {
        FieldType type = field.type(); // first: most fields of other types stop here (save() asks per field)
        return (type == FieldType.INTEGER || type == FieldType.BIG_INTEGER || type == FieldType.BOOLEAN
                        || type == FieldType.BIG_AUTO)
                && (field.primitive() || field.nullable() || field.generated() || field.dbDefault() != null)
                && field.choices().isEmpty() && checkedAsHeld(field);
    }

    /** A timestamp of neither the first nor the last year: valid without the exact range check. */
    static boolean plainDateTime(OffsetDateTime t) {
        int year = t.getYear();
        return year > 1 && year < 9999; // only the first and last years need the exact check
    }

    /** A text of a field without choices or e-mail format that is valid: allowed characters, within the limit in chars. */
    static boolean plainText(FieldMeta<?, ?> field, String s) {
        // a text has no more code points than chars: one within the limit in chars needs no count
        return (field.maxLength() <= 0 || s.length() <= field.maxLength()) && TextRules.problem(s) == null;
    }

    /** A decimal within both limits as written: valid without stripping its trailing zeros. */
    static boolean plainDecimal(FieldMeta<?, ?> field, BigDecimal value) {
        // trailing zeros only lower the count of places (the digits before the point stay)
        return value.scale() >= 0 && value.scale() <= field.decimalPlaces()
                && value.precision() - value.scale() <= field.maxDigits() - field.decimalPlaces();
    }

    private static List<String> decimal(FieldMeta<?, ?> field, BigDecimal value) {
        if (plainDecimal(field, value)) {
            return List.of(); // stripping the zeros allocates
        }
        BigDecimal v = value.stripTrailingZeros();
        int places = Math.max(v.scale(), 0);
        int digits = v.precision() - v.scale();
        int whole = Math.max(digits, 0);
        int total = whole + places;
        int maxWhole = field.maxDigits() - field.decimalPlaces();
        List<String> out = List.of();
        if (total > field.maxDigits()) {
            out = plus(out, "Ensure that there are no more than " + field.maxDigits() + " digits in total.");
        }
        if (places > field.decimalPlaces()) {
            out = plus(out, "Ensure that there are no more than " + field.decimalPlaces() + " decimal places.");
        }
        if (whole > maxWhole) {
            out = plus(out, "Ensure that there are no more than " + maxWhole + " digits before the decimal point.");
        }
        return out;
    }
}
