package io.aksara.internal;

import io.aksara.errors.ValidationError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values given by name for a write, checked by the rules {@code save()} applies ({@link Validator},
 * {@link ValueRanges}): {@code create} and {@code build}, {@code update}, the values of
 * {@code getOrCreate}/{@code updateOrCreate}, the defaults of a many-to-many through row. Every
 * problem is collected and reported as one {@link ValidationError} naming the model and fields,
 * before any SQL runs. A value of the wrong type stays a {@code FieldError} from {@link Values}.
 *
 * <pre>{@code
 * WriteValues check = WriteValues.of(meta);
 * Object price = check.column(priceField, new BigDecimal("1.005"));  // recorded: too many decimal places
 * check.throwIfInvalid();                                              // ValidationError naming price
 * }</pre>
 */
public final class WriteValues {
    private final ModelMeta<?> meta;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private WriteValues(ModelMeta<?> meta) {
        this.meta = meta;
    }

    /** Starts collecting the problems of values written to this model. */
    public static WriteValues of(ModelMeta<?> meta) {
        return new WriteValues(meta);
    }

    /**
     * The value converted for the Java field, after the checks conversion cannot make (a number
     * beyond the column's range, NaN for a decimal, a date-time beyond year 9999, JSON that cannot
     * be written). The other rules run when the instance is saved.
     *
     * @throws ValidationError naming the field when the value is outside what it stores
     */
    public static Object forInstance(FieldMeta<?, ?> field, Object value) {
        String problem = ValueRanges.given(field, value); // nothing allocated on the common path
        if (problem != null) {
            throw new ValidationError(field.model().name(), Map.of(field.name(), List.of(problem)));
        }
        return Values.toAttributeValue(field, value);
    }

    /**
     * The value converted for the Java field and checked now by every rule; a null is refused
     * only for a required field that nothing fills on INSERT (no {@code @Default}, no automatic
     * value). Returns null when the value is invalid; the problem is recorded.
     */
    public Object attribute(FieldMeta<?, ?> field, Object value) {
        if (given(field, value)) {
            return null;
        }
        Object converted = Values.toAttributeValue(field, value);
        if (converted != null || !filledOnInsert(field)) {
            record(field, Validator.check(field, converted));
        }
        return converted;
    }

    private static boolean filledOnInsert(FieldMeta<?, ?> field) {
        return field.explicitDefault() != null || field.dbDefault() != null || field.autoNow() || field.autoNowAdd() || field.generated();
    }

    /**
     * The value converted for the column and checked now by every rule, null included: what an
     * UPDATE writes as it is. Returns null when the value is invalid; the problem is recorded.
     */
    public Object column(FieldMeta<?, ?> field, Object value) {
        if (given(field, value)) {
            return null;
        }
        Object converted = Values.toColumnValue(field, value);
        record(field, Validator.check(field, converted));
        return converted;
    }

    /** Throws one {@link ValidationError} with every problem recorded so far, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationError(meta.name(), errors);
        }
    }

    /** Records a problem of the value as given; true when there was one. */
    private boolean given(FieldMeta<?, ?> field, Object value) {
        String problem = ValueRanges.given(field, value);
        if (problem != null) {
            record(field, List.of(problem));
        }
        return problem != null;
    }

    private void record(FieldMeta<?, ?> field, List<String> messages) {
        if (!messages.isEmpty()) {
            errors.computeIfAbsent(field.name(), k -> new ArrayList<>()).addAll(messages);
        }
    }
}
