package io.aksara.internal;

import io.aksara.Model;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.List;

/**
 * The {@code @GeneratedField}s of a model: columns the database computes, which no write names
 * and whose values are read back after a {@code save()}. A model without one pays one loop over
 * its fields per save, no query.
 */
public final class GeneratedColumns {
    private GeneratedColumns() {}

    /** The message of a write that names a generated field, which the database alone writes. */
    public static String readOnly(FieldMeta<?, ?> field, String write) {
        return write + " cannot write " + field.qualifiedName() + ": it is a GeneratedField, computed by the database from '"
                + field.generatedExpression() + "'; write the fields it is computed from instead";
    }

    /** The generated fields of the model, in declaration order; empty for most models. */
    static <M extends Model> List<FieldMeta<M, ?>> of(ModelMeta<M> meta) {
        List<FieldMeta<M, ?>> fields = meta.fields();
        for (int i = 0; i < fields.size(); i++) { // by index: no iterator or stream on the common path
            if (fields.get(i).isGeneratedColumn()) {
                return fields.stream().filter(FieldMeta::isGeneratedColumn).toList();
            }
        }
        return List.of();
    }
}
