package io.aksara.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a composite primary key, {@code @Meta(primaryKey = {...})}: two or more distinct names,
 * each a column field of the model that is not nullable, and no field of its own marked
 * {@code primaryKey = true}. Returns the problems as messages; the scanner places them on the
 * model's {@code @Meta}.
 */
final class CompositeKeyCheck {
    private CompositeKeyCheck() {}

    static List<String> problems(String modelName, List<String> names, List<FieldSpec> fields,
            List<ManyToManySpec> manyToMany) {
        List<String> out = new ArrayList<>();
        String where = modelName + ": @Meta(primaryKey = " + SourceWriter.literals(names) + ")";
        if (names.size() < 2) {
            out.add(where + " needs at least two fields; for a key of one field, mark that field primaryKey = true");
        }
        Map<String, FieldSpec> byName = fields.stream().collect(Collectors.toMap(FieldSpec::name, Function.identity(),
                (a, b) -> a));
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                out.add(where + " names " + name + " twice");
                continue;
            }
            FieldSpec f = byName.get(name);
            if (f == null) {
                boolean relation = manyToMany.stream().anyMatch(m -> m.name().equals(name));
                out.add(where + " names " + SourceWriter.literal(name) + (relation
                        ? ", a many-to-many relation, which has no column; a key needs column fields"
                        : ", which is no field of " + modelName + ". Fields: "
                                + String.join(", ", fields.stream().map(FieldSpec::name).toList())));
            } else if (f.relation() != null && f.relation().compositeColumns() != null) {
                out.add(where + ": " + modelName + "." + name + " is a foreign key to a model with a composite key "
                        + "(several columns); a key field of a composite key must be one column, which is not supported yet");
            } else if (f.nullable()) {
                out.add(where + ": " + modelName + "." + name + " is nullable, and no column of a primary key can "
                        + "be NULL; remove nullable = true");
            }
        }
        for (FieldSpec f : fields) {
            if (f.primaryKey()) {
                out.add(where + ": " + modelName + "." + f.name() + " is also marked primaryKey = true; a model has "
                        + "one primary key, so keep either the field's flag or the composite key");
            }
        }
        return out;
    }
}
