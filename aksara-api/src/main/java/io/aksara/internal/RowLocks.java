package io.aksara.internal;

import io.aksara.ForUpdate;
import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.RowLock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Checks the arguments of {@code selectForUpdate} and turns them into a {@link RowLock}. */
public final class RowLocks {
    /** The name of the queried model's own table in {@code of}, as in Django. */
    public static final String SELF = "self";

    private RowLocks() {}

    public static RowLock resolve(ModelMeta<?> model, ForUpdate mode, String... of) {
        Objects.requireNonNull(mode, "mode");
        List<String> names = new ArrayList<>(of.length);
        for (String name : of) {
            Objects.requireNonNull(name, "selectForUpdate 'of' name");
            if (!name.equals(SELF)) {
                throw unsupported(model, name);
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return new RowLock(mode, names);
    }

    /**
     * Django locks related rows named in {@code of} only when the query selects them (select_related);
     * Aksara's queries select one model's rows, so "self" is the only table that can be named.
     */
    private static FieldError unsupported(ModelMeta<?> model, String name) {
        FieldMeta<?, ?> field = model.findField(name);
        if (field != null && field.isRelation()) {
            return new FieldError("selectForUpdate cannot lock '" + name + "' of " + model.name() + ": the query"
                    + " selects only " + model.name() + " rows, so \"" + SELF + "\" is the only table it can lock");
        }
        return new FieldError("Invalid name '" + name + "' in selectForUpdate(..., of): the query on " + model.name()
                + " can lock only \"" + SELF + "\"");
    }
}
