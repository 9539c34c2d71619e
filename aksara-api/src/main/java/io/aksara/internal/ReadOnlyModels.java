package io.aksara.internal;

import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.errors.AksaraException;

/**
 * Refuses writes to models marked {@code @Meta(readOnly = true)} (views), before any SQL: every
 * write of the API asks {@link Routing} where to go first, so that is where it is asked. The
 * annotation is read once per class.
 */
final class ReadOnlyModels {
    private static final ClassValue<Boolean> READ_ONLY = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            Meta meta = type.getAnnotation(Meta.class);
            return meta != null && meta.readOnly();
        }
    };

    private ReadOnlyModels() {}

    static void refuseWrites(Class<? extends Model> model) {
        if (model != null && READ_ONLY.get(model)) {
            throw new AksaraException(model.getSimpleName() + " is read-only (@Meta(readOnly = true), a view): "
                    + "it cannot be saved, created, updated or deleted; write to the tables the view reads instead");
        }
    }
}
