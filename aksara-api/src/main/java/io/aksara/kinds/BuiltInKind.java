package io.aksara.kinds;

import io.aksara.meta.FieldType;

/**
 * The common part of the built-in kinds: a column type and its Java class. A built-in kind stores
 * its values as they are, so column and attribute values are the same.
 */
abstract class BuiltInKind<V> implements FieldKind<V> {
    private final FieldType type;
    private final Class<V> javaClass;

    BuiltInKind(FieldType type, Class<V> javaClass) {
        this.type = type;
        this.javaClass = javaClass;
    }

    @Override
    public final FieldType type() {
        return type;
    }

    @Override
    public final Class<V> javaClass() {
        return javaClass;
    }

    @Override
    public String toString() {
        return type.displayName();
    }
}
