package io.aksara.internal;

import io.aksara.Model;
import io.aksara.errors.ValidationError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelColumnWriter;
import io.aksara.meta.ModelMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation of a bulk write ({@link BulkWrites}): every object, before any SQL, one
 * {@link ValidationError} naming each invalid value as {@code [index].field}. With the model's
 * generated {@link ModelColumnWriter} (level 3 code) the checked fields are first copied into one
 * array per field, with a direct read per field, and checked column by column; without it (level
 * 1–2 code) each value is read through the field's getter, one call site shared by every field of
 * every model.
 */
final class BulkValidation {
    private BulkValidation() {}

    /** Validates the objects' {@code fields}; {@code reported}: how many invalid objects the error lists. */
    static <T extends Model> void validate(ModelMeta<T> meta, List<T> objs, List<FieldMeta<T, ?>> fields, int reported) {
        // decided once per call, not per row: a field every value passes is not read (it would only be boxed)
        List<FieldMeta<T, ?>> checked = new ArrayList<>(fields.size());
        for (FieldMeta<T, ?> f : fields) {
            if (!Validator.alwaysValid(f) && !f.isGeneratedColumn()) { // a generated column is not written
                checked.add(f);
            }
        }
        // bit c: the values of checked field c are checked as held, with no encoding first (not a
        // codec or enum kind); decided once per call, a bit mask so the call allocates nothing for it
        long asHeld = 0;
        for (int c = 0; c < Math.min(checked.size(), Long.SIZE); c++) {
            asHeld |= Validator.checkedAsHeld(checked.get(c)) ? 1L << c : 0;
        }
        if (checked.isEmpty()) {
            return;
        }
        Object[][] columns = meta.columnWriter() == null ? null : copied(meta, objs, checked);
        if (columns != null && allValid(checked, asHeld, columns)) {
            return; // the usual case: no per-row reads through the getters at all
        }
        // some object is invalid (or the model has no column writer): the errors, object by object
        Map<String, List<String>> errors = Map.of();
        int invalid = 0;
        for (int i = 0; i < objs.size(); i++) {
            Map<String, List<String>> own = Map.of(); // made at the first problem: valid rows allocate nothing here
            for (int c = 0; c < checked.size(); c++) {
                FieldMeta<T, ?> f = checked.get(c);
                Object value = columns == null ? f.get(objs.get(i)) : columns[c][i];
                List<String> messages = messages(f, value, asHeld, c);
                if (!messages.isEmpty()) {
                    own = own.isEmpty() ? new LinkedHashMap<>() : own;
                    own.put("[" + i + "]." + f.name(), messages);
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
    }

    /**
     * The values of the checked fields, one array per field in {@code checked}'s order, or null
     * when a checked field is not one of the model's own (its values are then read by getter).
     */
    private static <T extends Model> Object[][] copied(ModelMeta<T> meta, List<T> objs, List<FieldMeta<T, ?>> checked) {
        Object[][] columns = new Object[checked.size()][];
        Object[] slots = new Object[meta.fields().size()]; // a field not checked keeps a null slot: not read
        for (int c = 0; c < columns.length; c++) {
            int slot = meta.fields().indexOf(checked.get(c));
            if (slot < 0) {
                return null;
            }
            columns[c] = new Object[objs.size()];
            slots[slot] = columns[c];
        }
        meta.columnWriter().write(objs, slots);
        return columns;
    }

    /** Whether every value passes, column by column: one field's checks in a loop of their own. */
    private static <T extends Model> boolean allValid(List<FieldMeta<T, ?>> checked, long asHeld, Object[][] columns) {
        for (int c = 0; c < columns.length; c++) {
            FieldMeta<T, ?> f = checked.get(c);
            for (Object value : columns[c]) {
                if (!messages(f, value, asHeld, c).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> messages(FieldMeta<?, ?> f, Object value, long asHeld, int c) {
        return c < Long.SIZE && (asHeld & 1L << c) != 0 ? Validator.checkStored(f, value) : Validator.check(f, value);
    }
}
