package io.aksara.test;

import io.aksara.Model;
import io.aksara.errors.FixtureError;
import io.aksara.internal.Json;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fixture JSON to unsaved instances, every object checked before the first is written. */
final class FixtureReader {
    private static final Set<String> KEYS = Set.of("model", "pk", "fields");

    private FixtureReader() {}

    static List<Model> read(String json) {
        Object parsed;
        try {
            parsed = Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw new FixtureError("The fixture is not valid JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof List<?> objects)) {
            throw new FixtureError("A fixture is a JSON array of objects ({\"model\": ..., \"pk\": ..., \"fields\": {...}}),"
                    + " got " + (parsed == null ? "null" : parsed.getClass().getSimpleName()));
        }
        List<Model> rows = new ArrayList<>(objects.size());
        for (int i = 0; i < objects.size(); i++) {
            rows.add(instance(objects.get(i), "object " + (i + 1) + " of the fixture"));
        }
        return rows;
    }

    private static Model instance(Object object, String where) {
        if (!(object instanceof Map<?, ?> map)) {
            throw new FixtureError(where + " is not a JSON object");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new FixtureError(where + " has the key '" + key + "'; a fixture object has only " + KEYS);
            }
        }
        if (!(map.get("model") instanceof String label)) {
            throw new FixtureError(where + " needs \"model\": the model's class name");
        }
        ModelMeta<?> meta = FixtureModels.find(label, where);
        if (map.get("pk") == null) {
            throw new FixtureError(where + " (" + meta.name() + ") needs \"pk\": loaded rows keep their keys");
        }
        Model instance = meta.newInstance();
        set(meta.primaryKey(), instance, map.get("pk"), where);
        Object fields = map.containsKey("fields") ? map.get("fields") : Map.of();
        if (!(fields instanceof Map<?, ?> values)) {
            throw new FixtureError(where + " (" + meta.name() + "): \"fields\" must be a JSON object");
        }
        for (Map.Entry<?, ?> e : values.entrySet()) {
            String name = String.valueOf(e.getKey());
            FieldMeta<?, ?> field = meta.findField(name);
            if (field == null || field.primaryKey()) {
                throw new FixtureError(where + ": " + meta.name() + " has no field '" + name + "'. Fields: "
                        + meta.fields().stream().filter(f -> !f.primaryKey()).map(FieldMeta::name).toList());
            }
            set(field, instance, e.getValue(), where);
        }
        return instance;
    }

    private static void set(FieldMeta<?, ?> field, Model instance, Object value, String where) {
        field.setUnchecked(instance, FixtureValues.decode(field, value, where));
    }
}
