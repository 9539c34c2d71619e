package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.util.HexFormat;
import java.util.Set;

/**
 * The kind of {@code @BinaryField}: raw bytes ({@code byte[]}), stored as {@code bytea} on
 * PostgreSQL, {@code varbinary(n)} or {@code longblob} on MySQL and MariaDB, {@code binary
 * varying} on H2 and {@code blob} on SQLite.
 *
 * <p>An array has identity equality in Java, so values of this kind are compared by the database,
 * which compares bytes ({@code exact}, unique constraints), and a migration takes no column
 * default from the field's initializer (it is written on insert instead). Only {@code exact} and
 * {@code isnull} apply: ordering bytes or matching parts of them is not portable across the
 * databases, and {@code in} would compare arrays by identity in the value list.
 */
public final class BinaryKind extends BuiltInKind<byte[]> {
    private static final Set<String> LOOKUPS = Set.of("exact", "isnull");

    public BinaryKind() {
        super(FieldType.BINARY, byte[].class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        if (value instanceof byte[]) {
            return value;
        }
        throw FieldError.wrongType(field, "a byte[]", value);
    }

    /** A {@code @Default} is written in hexadecimal, two digits a byte ({@code "cafe01"}); empty text is no bytes. */
    @Override
    public Object parseDefault(String text) {
        return HexFormat.of().parseHex(text.trim());
    }

    @Override
    public boolean appliesShared(Lookup lookup) {
        return LOOKUPS.contains(lookup.name()) && lookup.appliesTo(type());
    }

    @Override
    public boolean appliesShared(Transform transform) {
        return false;
    }
}
