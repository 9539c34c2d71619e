package io.aksara.jooq.internal;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kept statements of {@code bulkUpdate}'s JDBC batch ({@link UpdateBinds.Plan}) for one
 * database, per model and updated fields. Held by the database's {@link BackendContext}, so they
 * go when the backend goes (as its {@link io.aksara.jooq.internal.plan.InsertTexts}).
 */
public final class UpdatePlans {
    /** Bounded as the field lists an application names. */
    static final int MAX_PLANS = 1_000;

    private record Key(ModelMeta<?> meta, List<? extends FieldMeta<?, ?>> fields) {}

    private final Map<Key, UpdateBinds.Plan> plans = new ConcurrentHashMap<>();

    /** The kept plan of these fields, or null before {@link #keep}. */
    UpdateBinds.Plan get(ModelMeta<?> meta, List<? extends FieldMeta<?, ?>> fields) {
        return plans.get(new Key(meta, fields));
    }

    /** Keeps a plan (the first, when two threads race), under a copy of the caller's field list. */
    void keep(ModelMeta<?> meta, List<? extends FieldMeta<?, ?>> fields, UpdateBinds.Plan plan) {
        if (plans.size() < MAX_PLANS) {
            plans.putIfAbsent(new Key(meta, List.copyOf(fields)), plan);
        }
    }
}
