package io.aksara.meta;

import io.aksara.Model;
import io.aksara.kinds.FieldKind;
import io.aksara.kinds.FieldKinds;

/**
 * Field-like descriptions of values that are not columns of an instance: a field after a
 * transform ({@code createdAt__year}) and a computed value of a query, used to check and convert
 * lookup values for their type ({@link FieldMeta#transformed}, {@link FieldMeta#computed}).
 */
final class DerivedFields {
    private DerivedFields() {}

    static <M extends Model> FieldMeta<M, Object> transformed(FieldMeta<M, ?> source, String suffix, FieldKind<?> kind) {
        String name = source.name() + "__" + suffix;
        return FieldMeta.<M, Object>builder(name, kind, Object.class).column(source.column()).nullable(source.nullable())
                .digits(65, 30).derivedFrom(source).access(unreadable(name)).build();
    }

    static <M extends Model> FieldMeta<M, Object> computed(ModelMeta<M> model, String name, FieldType type) {
        FieldMeta<M, ?> pk = model.primaryKey();
        return FieldMeta.<M, Object>builder(name, FieldKinds.of(type), type.javaClass()).column(name).nullable(true)
                .digits(65, 30).derivedFrom(pk).access(unreadable(pk.name() + "__value")).build();
    }

    /** The database computes the value: an instance has nothing to read or write. */
    private static <M extends Model> FieldAccess<M, Object> unreadable(String name) {
        return new FieldAccess<>() {
            @Override
            public Object get(M instance) {
                throw new UnsupportedOperationException(name + " is computed by the database");
            }

            @Override
            public void set(M instance, Object value) {
                throw new UnsupportedOperationException(name + " is computed by the database");
            }
        };
    }
}
