package io.aksara.kinds;

import io.aksara.Ref;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/**
 * The kind of {@code @ForeignKey} and {@code @OneToOne}: a {@link Ref} to the target. Its column
 * holds the target's key, so values are converted by the target's key kind.
 */
@SuppressWarnings("rawtypes")
public final class ForeignKeyKind extends BuiltInKind<Ref> {
    public ForeignKeyKind() {
        super(FieldType.FOREIGN_KEY, Ref.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        throw new IllegalStateException("a relation's value is converted by its target's key");
    }

    @Override
    public Object parseDefault(String text) {
        throw new IllegalArgumentException("give the default of the target's key type");
    }
}
