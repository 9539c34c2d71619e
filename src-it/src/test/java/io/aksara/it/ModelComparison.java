package io.aksara.it;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.IndexMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.fields.OnDelete;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The differences between two models' metadata as a schema sees them: table, columns, types,
 * lengths and digits, nullability, keys, relations, indexes, constraints and defaults. Empty when
 * a model written by inspectdb describes the same table as the model the table was created from.
 */
final class ModelComparison {
    private ModelComparison() {}

    static List<String> differences(ModelMeta<?> original, ModelMeta<?> generated) {
        List<String> out = new ArrayList<>();
        check(out, "table", original.table(), generated.table());
        check(out, "columns", columns(original), columns(generated));
        io.aksara.Model fresh = original.newInstance();
        io.aksara.Model freshGenerated = generated.newInstance();
        for (FieldMeta<?, ?> f : original.fields()) {
            FieldMeta<?, ?> g = generated.fields().stream().filter(x -> x.column().equals(f.column())).findFirst().orElse(null);
            if (g == null) {
                continue; // reported as a column difference
            }
            String c = f.column() + ".";
            check(out, c + "type", stored(f.type()), stored(g.type()));
            check(out, c + "nullable", f.nullable(), g.nullable());
            check(out, c + "primaryKey", f.primaryKey(), g.primaryKey());
            check(out, c + "unique", f.unique(), g.unique());
            if (f.type() == FieldType.STRING || f.type() == FieldType.EMAIL) {
                check(out, c + "maxLength", f.maxLength(), g.maxLength());
            }
            if (f.type() == FieldType.DECIMAL) {
                check(out, c + "maxDigits", f.maxDigits(), g.maxDigits());
                check(out, c + "decimalPlaces", f.decimalPlaces(), g.decimalPlaces());
            }
            if (!f.isRelation()) {
                check(out, c + "dbIndex", f.dbIndex(), g.dbIndex());
                check(out, c + "default", f.getUnchecked(fresh), g.getUnchecked(freshGenerated));
            } else if (g.isRelation()) {
                check(out, c + "target", f.relatedMeta().table(), g.relatedMeta().table());
                check(out, c + "onDelete", ruleInDatabase(f.onDelete()), g.onDelete());
            }
        }
        check(out, "indexes", indexes(original), indexes(generated));
        return out;
    }

    /** An e-mail is a varchar(254) in the database: it comes back as a string. */
    private static FieldType stored(FieldType t) {
        return t == FieldType.EMAIL ? FieldType.STRING : t;
    }

    /** Only CASCADE and SET NULL reach the database; the other rules leave the delete refused there. */
    private static OnDelete ruleInDatabase(OnDelete rule) {
        return rule == OnDelete.CASCADE || rule == OnDelete.SET_NULL ? rule : OnDelete.DO_NOTHING;
    }

    private static Set<String> columns(ModelMeta<?> m) {
        Set<String> out = new TreeSet<>();
        m.fields().forEach(f -> out.add(f.column()));
        return out;
    }

    private static Set<String> indexes(ModelMeta<?> m) {
        Set<String> out = new TreeSet<>();
        for (IndexMeta ix : m.indexes()) {
            out.add(ix.name() + (ix.unique() ? " unique " : " ") + ix.fields().stream().map(FieldMeta::column).toList());
        }
        return out;
    }

    private static void check(List<String> out, String what, Object original, Object generated) {
        if (!Objects.equals(original, generated)) {
            out.add(what + ": " + original + " became " + generated);
        }
    }
}
