package io.aksara.internal;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which fields of a model a write checks, and how, decided once per model instead of per save and
 * field: a field every value passes ({@link Validator#alwaysValid}) and a generated column (never
 * written) are left out, so their values are not even read (a primitive would only be boxed); each
 * checked field is checked as held ({@link Validator#checkedAsHeld}) or encoded first.
 *
 * <pre>{@code
 * ValidationPlan plan = ValidationPlan.of(meta);
 * for (int c = 0; c < plan.size(); c++) {
 *     List<String> problems = plan.check(c, plan.field(c).getUnchecked(instance));
 * }
 * }</pre>
 */
final class ValidationPlan {
    /**
     * One per model, for its {@link ModelMeta#fields() fields}. Bounded: an application that builds
     * models at run time (tests, dynamic schemas) keeps at most this many; past it a plan is made per write.
     */
    private static final int MAX_MODELS = 4_096;
    private static final Map<ModelMeta<?>, ValidationPlan> OF_MODEL = new ConcurrentHashMap<>();

    private final FieldMeta<?, ?>[] checked;
    private final boolean[] asHeld;
    /** Each checked field's position in the model's fields (-1: not one of them). */
    private final int[] slot;

    private ValidationPlan(ModelMeta<?> meta, List<? extends FieldMeta<?, ?>> fields) {
        List<FieldMeta<?, ?>> out = new ArrayList<>(fields.size());
        for (FieldMeta<?, ?> f : fields) {
            if (!Validator.alwaysValid(f) && !f.isGeneratedColumn()) {
                out.add(f);
            }
        }
        checked = out.toArray(new FieldMeta<?, ?>[0]);
        asHeld = new boolean[checked.length];
        slot = new int[checked.length];
        for (int c = 0; c < checked.length; c++) {
            asHeld[c] = Validator.checkedAsHeld(checked[c]);
            slot[c] = meta.fields().indexOf(checked[c]);
        }
    }

    /** The plan of all the model's fields, made at its first write. */
    static ValidationPlan of(ModelMeta<?> meta) {
        ValidationPlan plan = OF_MODEL.get(meta);
        if (plan == null) {
            plan = new ValidationPlan(meta, meta.fields());
            if (OF_MODEL.size() < MAX_MODELS) {
                OF_MODEL.putIfAbsent(meta, plan);
            }
        }
        return plan;
    }

    /** The plan of some of the model's fields (a bulkUpdate's): the model's own when they are all of them. */
    static ValidationPlan of(ModelMeta<?> meta, List<? extends FieldMeta<?, ?>> fields) {
        return fields == meta.fields() ? of(meta) : new ValidationPlan(meta, fields);
    }

    boolean isEmpty() {
        return checked.length == 0;
    }

    /** How many fields are checked. */
    int size() {
        return checked.length;
    }

    /** Checked field {@code c}. */
    FieldMeta<?, ?> field(int c) {
        return checked[c];
    }

    /** Checked field {@code c}'s position in the model's fields, or -1. */
    int slot(int c) {
        return slot[c];
    }

    /** Whether checked field {@code c}'s values are checked as the field holds them, with no encoding first. */
    boolean checkedAsHeld(int c) {
        return asHeld[c];
    }

    /** The problems of a value of checked field {@code c}, as the field holds it (none: an empty list, no allocation). */
    List<String> check(int c, Object value) {
        return asHeld[c] ? Validator.checkStored(checked[c], value) : Validator.check(checked[c], value);
    }
}
