package io.aksara.internal;

import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.errors.FieldError;
import io.aksara.errors.ValidationError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelColumnWriter;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.PrimitiveAccess;
import io.aksara.spi.CopiedColumns;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation of a bulk write ({@link BulkWrites}): every object, before any SQL, one
 * {@link ValidationError} naming each invalid value as {@code [index].field}. For
 * {@code bulkCreate} of a model with a generated {@link ModelColumnWriter} (level 3 code) every
 * written field is first copied into one array per field, with a direct read per field; the
 * checked fields are checked over those arrays, column by column, and the same arrays go on to the
 * backend ({@link CopiedColumns}), which binds them: one copy serves both. Otherwise (level 1–2
 * code) each value is read through the field's getter. {@code upsert} copies as bulkCreate does,
 * {@code bulkUpdate} only its key and fields.
 */
final class BulkValidation {
    private BulkValidation() {}

    /**
     * Validates the objects' {@code fields}; {@code reported}: how many invalid objects the error
     * lists. With {@code copy} (a bulkCreate, {@code fields} the model's) and the model's column
     * writer, returns the written fields' columns as {@link CopiedColumns#columns()}; else null.
     */
    static <T extends Model> Object[] validate(ModelMeta<T> meta, List<T> objs, List<FieldMeta<T, ?>> fields,
            int reported, boolean copy) {
        return validate(meta, objs, fields, reported, copy && meta.columnWriter() != null ? copied(meta, objs) : null);
    }

    /**
     * As {@link #validate(ModelMeta, List, List, int, boolean)} for a {@code bulkUpdate}: with the
     * model's column writer, {@code written} (its key and fields) are copied, checked over the
     * copies and returned as {@link CopiedColumns#columns()} (the other slots null) for the backend
     * to bind; without one (or for a field not the model's own), null.
     */
    static <T extends Model> Object[] validateCopying(ModelMeta<T> meta, List<T> objs, List<FieldMeta<T, ?>> fields,
            int reported, List<FieldMeta<T, ?>> written) {
        return validate(meta, objs, fields, reported, meta.columnWriter() != null ? copied(meta, objs, written) : null);
    }

    /**
     * Refuses a foreign key among {@code fields} that refers to an unsaved instance: its key is
     * null, so the write would store NULL and lose the link (Django refuses it too).
     */
    static <T extends Model> void requireSavedTargets(String method, ModelMeta<T> meta, List<FieldMeta<T, ?>> fields, List<T> objs) {
        for (int c = 0; c < fields.size(); c++) { // by index: no iterator on every call
            FieldMeta<T, ?> f = fields.get(c);
            if (!f.isRelation()) {
                continue;
            }
            for (int i = 0; i < objs.size(); i++) {
                if (f.getUnchecked(objs.get(i)) instanceof Ref<?> ref && ref.isLoaded() && ref.id() == null) {
                    throw new FieldError(method + ": " + f.qualifiedName() + " refers to an unsaved " + f.relatedModel().getSimpleName()
                            + " (the " + meta.name() + " at index " + i + "): save it first so it has a primary key");
                }
            }
        }
    }

    private static <T extends Model> Object[] validate(ModelMeta<T> meta, List<T> objs, List<FieldMeta<T, ?>> fields,
            int reported, Object[] columns) {
        ValidationPlan plan = ValidationPlan.of(meta, fields);
        if (plan.isEmpty() || columns != null && allValid(plan, objs, columns)) {
            return columns; // the usual case: no per-row reads through the getters at all
        }
        // some object is invalid (or the model has no column writer): the errors, object by object
        Map<String, List<String>> errors = Map.of();
        int invalid = 0;
        for (int i = 0; i < objs.size(); i++) {
            Map<String, List<String>> own = Map.of(); // made at the first problem: valid rows allocate nothing here
            for (int c = 0; c < plan.size(); c++) {
                List<String> messages = plan.check(c, value(plan, c, objs, columns, i));
                if (!messages.isEmpty()) {
                    own = own.isEmpty() ? new LinkedHashMap<>() : own;
                    own.put("[" + i + "]." + plan.field(c).name(), messages);
                }
            }
            if (!own.isEmpty() && ++invalid <= reported) {
                errors = errors.isEmpty() ? new LinkedHashMap<>() : errors;
                errors.putAll(own);
            }
        }
        if (invalid > reported) {
            errors.put("more", List.of((invalid - reported) + " more objects are invalid."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationError(meta.name(), errors);
        }
        return columns;
    }

    /**
     * Every field a bulk insert writes, copied by the model's column writer into an array of the
     * class the backends bind (see {@link CopiedColumns}); a key the database makes and a
     * generated column are not written, so not copied.
     */
    private static <T extends Model> Object[] copied(ModelMeta<T> meta, List<T> objs) {
        List<FieldMeta<T, ?>> fields = meta.fields();
        Object[] columns = new Object[fields.size()];
        for (int s = 0; s < columns.length; s++) {
            FieldMeta<T, ?> f = fields.get(s);
            if (!f.isGeneratedColumn() && !(f.primaryKey() && f.generated())) {
                columns[s] = newColumn(f, objs.size());
            }
        }
        meta.columnWriter().write(objs, columns);
        return columns;
    }

    /** Only {@code written}'s fields copied, each in its slot of the model's fields (the others null: not read). */
    private static <T extends Model> Object[] copied(ModelMeta<T> meta, List<T> objs, List<FieldMeta<T, ?>> written) {
        Object[] columns = new Object[meta.fields().size()];
        for (FieldMeta<T, ?> f : written) {
            int slot = meta.fields().indexOf(f);
            if (slot < 0) {
                return null; // not one of the model's own fields (a parent's): read through the getters
            }
            columns[slot] = newColumn(f, objs.size());
        }
        meta.columnWriter().write(objs, columns);
        return columns;
    }

    /** The array a field's values are copied into: the one a backend binds as it is, where there is one. */
    private static Object newColumn(FieldMeta<?, ?> f, int n) {
        if (f.primitive() && !f.isRelation()) {
            return switch (f.access()) {
                case PrimitiveAccess.OfLong<?> a -> new long[n];
                case PrimitiveAccess.OfInt<?> a -> new int[n];
                case PrimitiveAccess.OfBoolean<?> a -> new boolean[n];
                case PrimitiveAccess.OfDouble<?> a -> new double[n];
                default -> new Object[n];
            };
        }
        Class<?> held = f.isRelation() ? Object.class : f.javaType();
        return held == String.class ? new String[n] : held == BigDecimal.class ? new BigDecimal[n] : new Object[n];
    }

    /** Whether every value passes, column by column: one field's checks in a loop of their own. */
    private static <T extends Model> boolean allValid(ValidationPlan plan, List<T> objs, Object[] columns) {
        for (int c = 0; c < plan.size(); c++) {
            Object column = plan.slot(c) < 0 ? null : columns[plan.slot(c)];
            if (column instanceof Object[] values && plan.checkedAsHeld(c)) {
                if (!ColumnValidity.allPass(plan.field(c), values, objs.size())) {
                    return false;
                }
            } else if (column instanceof Object[] values) {
                for (int i = 0; i < objs.size(); i++) {
                    if (!plan.check(c, values[i]).isEmpty()) {
                        return false;
                    }
                }
            } else {
                for (int i = 0; i < objs.size(); i++) { // a primitive with choices, or a field not copied
                    if (!plan.check(c, value(plan, c, objs, columns, i)).isEmpty()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Checked field {@code c}'s value in object {@code i}: from its copied column if there is one, else by getter. */
    private static <T extends Model> Object value(ValidationPlan plan, int c, List<T> objs, Object[] columns, int i) {
        Object column = columns == null || plan.slot(c) < 0 ? null : columns[plan.slot(c)];
        if (column == null) {
            return plan.field(c).getUnchecked(objs.get(i));
        }
        return ColumnArrays.element(column, i);
    }
}
