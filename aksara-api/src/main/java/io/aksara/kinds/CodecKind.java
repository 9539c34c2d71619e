package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/**
 * A field kind of your own that stores its values as a built-in kind does: {@link #toStored}
 * and {@link #fromStored} convert between your type and the stored one, and everything else
 * (column type, migrations, binding, reading, lookups) is the stored kind's.
 *
 * <pre>{@code
 * public final class MoneyKind extends CodecKind<Money, BigDecimal> {
 *     public MoneyKind() { super(Money.class, DecimalKind.class); }
 *     protected BigDecimal toStored(Money m) { return m.amount(); }
 *     protected Money fromStored(BigDecimal d) { return new Money(d); }
 * }
 * }</pre>
 *
 * @param <V> the Java type of the field
 * @param <S> the Java type of the stored kind
 */
public abstract class CodecKind<V, S> implements FieldKind<V> {
    private final Class<V> javaClass;
    private final Class<? extends FieldKind<S>> storedKind;

    /**
     * @param javaClass  the field's Java type
     * @param storedKind the built-in kind the values are stored as
     */
    protected CodecKind(Class<V> javaClass, Class<? extends FieldKind<S>> storedKind) {
        this.javaClass = javaClass;
        this.storedKind = storedKind;
    }

    /** The stored form of a value of the field's type. */
    protected abstract S toStored(V value);

    /** The field's value for a stored value read from the column. */
    protected abstract V fromStored(S stored);

    /** The kind the values are stored as. */
    public final FieldKind<S> stored() {
        return FieldKinds.get(storedKind);
    }

    @Override
    public final FieldType type() {
        return stored().type();
    }

    @Override
    public final Class<V> javaClass() {
        return javaClass;
    }

    @Override
    public String displayName() {
        return getClass().getSimpleName();
    }

    /** Takes values of the field's type only; the stored form is checked as the stored kind checks it. */
    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        return stored().toColumn(field, encode(toAttribute(field, value)));
    }

    @Override
    public Object toAttribute(FieldMeta<?, ?> field, Object value) {
        if (!javaClass.isInstance(value)) {
            throw FieldError.wrongType(field, "a " + javaClass.getSimpleName(), value);
        }
        return value;
    }

    @Override
    public final Object encode(Object attribute) {
        return attribute == null ? null : toStored(javaClass.cast(attribute));
    }

    @Override
    @SuppressWarnings("unchecked")
    public final Object decode(Object column) {
        return column == null ? null : fromStored((S) column);
    }

    /** The stored kind's parse of the text, as the column stores it. */
    @Override
    public Object parseDefault(String text) {
        return stored().parseDefault(text);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
