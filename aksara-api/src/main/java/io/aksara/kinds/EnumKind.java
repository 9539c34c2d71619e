package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kind of {@code @EnumField}: a constant of the field's own Java enum, stored as the
 * constant's name in a {@code VARCHAR} as long as the longest name. The enum class is the
 * declared type of the field ({@link FieldMeta#javaType()}), so one kind serves every enum.
 *
 * <p>A value is a constant of that enum or the name of one (as a filter from a web form gives
 * it); anything else is a {@link FieldError} naming the field and the valid constants. Only
 * {@code exact}, {@code in} and {@code isnull} apply: ordering or matching parts of a name says
 * nothing about the constants themselves.
 */
@SuppressWarnings("rawtypes")
public final class EnumKind implements FieldKind<Enum> {
    private static final Set<String> LOOKUPS = Set.of("exact", "in", "isnull");

    @Override
    public FieldType type() {
        return FieldType.STRING;
    }

    @Override
    public Class<Enum> javaClass() {
        return Enum.class;
    }

    @Override
    public String displayName() {
        return "EnumField";
    }

    /** The constant's name, as the column stores it. */
    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        return ((Enum<?>) toAttribute(field, value)).name();
    }

    /** The constant itself, from a constant or its name. */
    @Override
    public Object toAttribute(FieldMeta<?, ?> field, Object value) {
        Class<?> enumClass = field.javaType();
        if (enumClass.isInstance(value)) {
            return value;
        }
        if (value instanceof String name) {
            for (Object constant : enumClass.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
        }
        throw FieldError.wrongType(field, "a constant of " + enumClass.getSimpleName() + " (" + constants(enumClass) + ")", value);
    }

    @Override
    public Object encode(Object attribute) {
        return attribute == null ? null : ((Enum<?>) attribute).name();
    }

    /** The constant named by the column; a name the enum no longer has is an error naming the field. */
    @Override
    public Object decode(FieldMeta<?, ?> field, Object column) {
        if (column == null) {
            return null;
        }
        try {
            return Enum.valueOf(field.javaType().asSubclass(Enum.class), column.toString());
        } catch (IllegalArgumentException e) {
            throw new FieldError(field.qualifiedName() + " (EnumField) read '" + column + "', which is no constant of "
                    + field.javaType().getSimpleName() + " (" + constants(field.javaType()) + ")");
        }
    }

    /** The name as written; the processor checks it names a constant. */
    @Override
    public Object parseDefault(String text) {
        return text;
    }

    @Override
    public boolean appliesShared(Lookup lookup) {
        return LOOKUPS.contains(lookup.name()) && lookup.appliesTo(type());
    }

    @Override
    public boolean appliesShared(Transform transform) {
        return false;
    }

    private static String constants(Class<?> enumClass) {
        return Arrays.stream(enumClass.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return displayName();
    }
}
