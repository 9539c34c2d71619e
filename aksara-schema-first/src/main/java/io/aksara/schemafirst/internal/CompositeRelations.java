package io.aksara.schemafirst.internal;

import io.aksara.fields.OnDelete;
import io.aksara.meta.FieldType;
import io.aksara.meta.Naming;
import io.aksara.schemafirst.ColumnDescription;
import io.aksara.schemafirst.ForeignKeyDescription;
import io.aksara.schemafirst.KeyDescription;
import io.aksara.schemafirst.TableDescription;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Foreign keys of several columns that reference exactly the composite primary key of a generated
 * table: each becomes one {@code @ForeignKey} field, declared where its first column stands,
 * with {@code columns = {...}} when the columns are not named as Aksara would name them.
 */
final class CompositeRelations {
    private CompositeRelations() {}

    /** Why the foreign key cannot be a field (its columns then stay plain fields), or null when it can. */
    static String refusal(TableDescription t, ForeignKeyDescription fk, Map<String, TableDescription> tables,
            Map<String, String> classNames) {
        TableDescription target = tables.get(fk.targetTable());
        if (!classNames.containsKey(fk.targetTable()) || target == null) {
            return "the table " + fk.targetTable() + " is not generated";
        }
        List<String> key = target.primaryKey().columns();
        if (key.size() != fk.columns().size() || !new HashSet<>(key).equals(new HashSet<>(fk.targetColumns()))) {
            return "it references " + fk.targetTable() + fk.targetColumns() + ", not its primary key " + key;
        }
        if (t.primaryKey() != null && fk.columns().stream().anyMatch(t.primaryKey().columns()::contains)) {
            return "its columns are part of the primary key, and a key field must be one column";
        }
        if (fk.onDelete() == OnDelete.SET_DEFAULT) {
            return "it sets a default on delete, which writes one key value";
        }
        for (String c : fk.columns()) {
            if (t.column(c).map(col -> !col.supported()).orElse(true)) {
                return "its column " + c + " has no field";
            }
        }
        return null;
    }

    /** The column the field stands at: the first of the key's columns in table order. */
    static String declaringColumn(TableDescription t, ForeignKeyDescription fk) {
        return t.columns().stream().map(ColumnDescription::name).filter(fk.columns()::contains).findFirst().orElseThrow();
    }

    /** The columns, other than the declaring ones, that belong to the field of a composite foreign key. */
    static Set<String> partColumns(TableDescription t, Map<String, ForeignKeyDescription> relations) {
        Set<String> out = new HashSet<>();
        relations.forEach((column, fk) -> {
            if (fk.columns().size() > 1) {
                fk.columns().stream().filter(c -> !c.equals(column)).forEach(out::add);
            }
        });
        return out;
    }

    /** Whether a unique constraint or index is over exactly the columns of one of these composite foreign keys. */
    static boolean coversForeignKey(KeyDescription k, Map<String, ForeignKeyDescription> relations) {
        return relations.values().stream().anyMatch(fk -> fk.columns().size() > 1
                && new HashSet<>(fk.columns()).equals(new HashSet<>(k.columns())));
    }

    /** Whether some constraint of the list is over exactly the foreign key's columns. */
    static boolean over(List<KeyDescription> keys, ForeignKeyDescription fk) {
        return keys.stream().anyMatch(k -> new HashSet<>(k.columns()).equals(new HashSet<>(fk.columns())));
    }

    /** {@code bay_depot_id, bay_code} → {@code bay}; without a shared prefix, the target class in lower camel case. */
    static String fieldName(ForeignKeyDescription fk, Map<String, String> classNames) {
        String prefix = fk.columns().getFirst();
        for (String c : fk.columns()) {
            int n = 0;
            while (n < Math.min(prefix.length(), c.length()) && prefix.charAt(n) == c.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        int cut = prefix.lastIndexOf('_');
        if (cut > 0) {
            return Names.fieldName(prefix.substring(0, cut));
        }
        String target = classNames.get(fk.targetTable());
        return Character.toLowerCase(target.charAt(0)) + target.substring(1);
    }

    /** The field's declaration. */
    static String declaration(TableDescription t, ForeignKeyDescription fk, String field, boolean unique,
            boolean indexed, String relatedName, Map<String, TableDescription> tables, Map<String, String> classNames,
            Set<String> imports, List<String> warnings) {
        imports.add("io.aksara.Ref");
        imports.add("io.aksara.fields.ForeignKey");
        imports.add("io.aksara.fields.OnDelete");
        List<String> args = new ArrayList<>();
        args.add("onDelete = OnDelete." + fk.onDelete().name());
        if (fk.onUpdate() != io.aksara.fields.OnUpdate.NO_ACTION) {
            imports.add("io.aksara.fields.OnUpdate");
            args.add("onUpdate = OnUpdate." + fk.onUpdate().name());
        }
        boolean nullable = fk.columns().stream().anyMatch(c -> t.column(c).map(ColumnDescription::nullable).orElse(false));
        if (fk.onDelete() == OnDelete.SET_NULL && !nullable) {
            warnings.add("foreign key " + fk.name() + " on " + t.name() + fk.columns() + " sets NULL on delete but the columns are NOT NULL");
        }
        args.add("relatedName = " + Java.literal(relatedName));
        if (nullable) {
            args.add("nullable = true");
        }
        if (unique) {
            args.add("unique = true");
        }
        if (!indexed && !unique) {
            args.add("dbIndex = false"); // foreign keys are indexed by default
        }
        // the columns in the target's key order, as the field's columns are
        List<String> key = tables.get(fk.targetTable()).primaryKey().columns();
        List<String> ordered = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        String base = Naming.columnName(field, FieldType.FOREIGN_KEY).replaceFirst("_id$", "");
        for (String k : key) {
            ordered.add(fk.columns().get(fk.targetColumns().indexOf(k)));
            defaults.add(base + "_" + k);
        }
        if (!ordered.equals(defaults)) {
            args.add("columns = {" + String.join(", ", ordered.stream().map(Java::literal).toList()) + "}");
        }
        return "@ForeignKey(" + String.join(", ", args) + ") public Ref<" + classNames.get(fk.targetTable()) + "> " + field + ";";
    }
}
