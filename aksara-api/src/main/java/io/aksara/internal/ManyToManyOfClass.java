package io.aksara.internal;

import io.aksara.errors.AksaraException;
import io.aksara.meta.ManyToManyMeta;
import io.aksara.meta.ModelRegistry;
import java.util.List;

/**
 * The {@code @ManyToMany} relations of each model class, whose {@code Many} managers every new
 * instance gets ({@code Model}'s constructor asks). Empty for a class without a metamodel (built
 * by hand, or the processor did not run), so constructing it still works.
 */
public final class ManyToManyOfClass {
    private static final ClassValue<List<ManyToManyMeta<?, ?>>> BY_CLASS = new ClassValue<>() {
        @Override
        protected List<ManyToManyMeta<?, ?>> computeValue(Class<?> type) {
            try {
                return List.copyOf(ModelRegistry.metaOf(type).manyToMany());
            } catch (AksaraException e) {
                return List.of();
            }
        }
    };

    /**
     * The model class last found to have no many-to-many field, so its next instance skips the
     * {@link ClassValue} look-up (a share of making 100 instances for a bulk write): instances of
     * one model are usually made in a row (a page of rows, a bulk write's list). Plain, not
     * volatile: a thread that sees an older class only looks it up again.
     */
    private static Class<?> lastWithout;

    private ManyToManyOfClass() {}

    /** The relations of {@code type}, in declaration order; an empty list when it has none. */
    public static List<ManyToManyMeta<?, ?>> of(Class<?> type) {
        if (type == lastWithout) {
            return List.of();
        }
        List<ManyToManyMeta<?, ?>> relations = BY_CLASS.get(type);
        if (relations.isEmpty()) {
            lastWithout = type;
        }
        return relations;
    }
}
