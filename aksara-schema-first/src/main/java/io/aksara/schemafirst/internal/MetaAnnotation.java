package io.aksara.schemafirst.internal;

import io.aksara.meta.FieldType;
import io.aksara.meta.Naming;
import io.aksara.schemafirst.KeyDescription;
import io.aksara.schemafirst.TableDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code @Meta} annotation of an inspected table: a table name that is not the class's
 * default, a view's {@code managed = false, readOnly = true}, an {@code autoField} for an integer
 * id, and its unique constraints and
 * indexes over several columns, with their names where they are not Aksara's.
 */
final class MetaAnnotation {
    private MetaAnnotation() {}

    /**
     * The {@code @Meta(...)} of a table: its name, view flags, a 32-bit implicit id, multi-column
     * unique constraints and indexes; or null.
     */
    static String of(TableDescription t, String className, Map<String, String> fieldOf,
            List<KeyDescription> uniqueTogether, List<KeyDescription> indexes) {
        List<String> parts = new ArrayList<>();
        if (!Names.defaultTable(className, t.name())) {
            parts.add("table = " + Java.literal(t.name()));
        }
        if (t.view()) {
            parts.add("managed = false, readOnly = true"); // migrations make no views; writes are refused
        }
        if (t.primaryKey() != null && ModelSourceWriter.implicitId(t)
                && t.column(t.primaryKey().columns().getFirst()).orElseThrow().type() == FieldType.INTEGER) {
            parts.add("autoField = Meta.AutoField.INTEGER"); // a serial or int auto_increment id stays 32-bit
        }
        if (!uniqueTogether.isEmpty()) {
            parts.add("uniqueTogether = " + group(t, uniqueTogether, fieldOf, "uq", "Unique"));
        }
        if (!indexes.isEmpty()) {
            parts.add("indexes = " + group(t, indexes, fieldOf, "ix", "Index"));
        }
        return parts.isEmpty() ? null : "@Meta(" + String.join(",\n      ", parts) + ")";
    }

    private static String group(TableDescription t, List<KeyDescription> keys, Map<String, String> fieldOf,
            String prefix, String annotation) {
        List<String> items = new ArrayList<>();
        for (KeyDescription k : keys) {
            List<String> fields = k.columns().stream().map(fieldOf::get).distinct().toList(); // a composite key's columns: one field
            String value = "{" + String.join(", ", fields.stream().map(Java::literal).toList()) + "}";
            boolean defaultName = Naming.constraintName(prefix, t.name(), k.columns()).equals(k.name());
            items.add("@Meta." + annotation + (defaultName ? "(" + value + ")"
                    : "(value = " + value + ", name = " + Java.literal(k.name()) + ")"));
        }
        return items.size() == 1 ? items.getFirst() : "{" + String.join(", ", items) + "}";
    }
}
