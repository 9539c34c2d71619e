package io.aksara.internal;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;

/**
 * The fields an instance of a model holds: its own, and for a multi-table child also its parents'
 * ({@code "name"} of a Restaurant is Place's), each reachable through the generated accessors,
 * which work on the child since it is a subclass. Used to build instances from name/value pairs.
 */
public final class InstanceFields {
    private InstanceFields() {}

    /** The field called {@code name} (Java name, column, attname or {@code pk}) on the model or a parent. */
    public static FieldMeta<?, ?> find(ModelMeta<?> model, String name) {
        for (ModelMeta<?> m = model; m != null; m = m.parentMeta()) {
            if (name.equals("pk") || m.findField(name) != null || Resolver.attname(m, name) != null) {
                return Resolver.field(m, name);
            }
        }
        return Resolver.field(model, name); // the error names the model asked for
    }
}
