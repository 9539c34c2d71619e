package io.aksara.schemafirst.internal;

import io.aksara.meta.Naming;
import io.aksara.schemafirst.KeyDescription;
import io.aksara.schemafirst.TableDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code @Meta} line of a generated model for {@link ModelSourceWriter}: its table when the
 * name is not the default one, its unique-together constraints and indexes, each with its name when
 * that is not the name Aksara would give it.
 */
final class MetaAnnotationSource {
    private MetaAnnotationSource() {}

    static String meta(TableDescription t, String className, Map<String, String> fieldOf,
            List<KeyDescription> uniqueTogether, List<KeyDescription> indexes) {
        List<String> parts = new ArrayList<>();
        if (!Names.defaultTable(className, t.name())) {
            parts.add("table = " + Java.literal(t.name()));
        }
        if (!uniqueTogether.isEmpty()) {
            parts.add("uniqueTogether = " + group(t, uniqueTogether, fieldOf, "uq", "Unique"));
        }
        if (!indexes.isEmpty()) {
            parts.add("indexes = " + group(t, indexes, fieldOf, "ix", "Index"));
        }
        return parts.isEmpty() ? null : "@Meta(" + String.join(",\n      ", parts) + ")";
    }

    static String group(TableDescription t, List<KeyDescription> keys, Map<String, String> fieldOf,
            String prefix, String annotation) {
        List<String> items = new ArrayList<>();
        for (KeyDescription k : keys) {
            List<String> fields = k.columns().stream().map(fieldOf::get).toList();
            String value = "{" + String.join(", ", fields.stream().map(Java::literal).toList()) + "}";
            boolean defaultName = Naming.constraintName(prefix, t.name(), k.columns()).equals(k.name());
            items.add("@Meta." + annotation + (defaultName ? "(" + value + ")"
                    : "(value = " + value + ", name = " + Java.literal(k.name()) + ")"));
        }
        return items.size() == 1 ? items.getFirst() : "{" + String.join(", ", items) + "}";
    }
}
