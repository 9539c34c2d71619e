package io.aksara.schemafirst.internal;

import io.aksara.schemafirst.ForeignKeyDescription;
import io.aksara.schemafirst.TableDescription;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which foreign keys of a table inspectdb declares as model fields, and why the others stay plain columns. */
final class ForeignKeyFields {
    private ForeignKeyFields() {}

    /**
     * The foreign keys of {@code t} that become fields, by the column the field stands at: a
     * single-column key to a generated table's key, or a key of several columns to a generated
     * table's composite key ({@link CompositeRelations}); the others are added to {@code warnings}.
     */
    static Map<String, ForeignKeyDescription> of(TableDescription t, Map<String, TableDescription> tables,
            Map<String, String> classNames, List<String> warnings) {
        Map<String, ForeignKeyDescription> out = new HashMap<>();
        for (ForeignKeyDescription fk : t.foreignKeys()) {
            String where = "foreign key " + fk.name() + " on " + t.name() + fk.columns();
            if (fk.columns().size() != 1) {
                String why = CompositeRelations.refusal(t, fk, tables, classNames);
                if (why != null) {
                    warnings.add(where + ": " + why + "; its columns stay plain fields");
                } else {
                    out.put(CompositeRelations.declaringColumn(t, fk), fk);
                }
                continue;
            }
            TableDescription target = tables.get(fk.targetTable());
            if (!classNames.containsKey(fk.targetTable()) || target == null) {
                warnings.add(where + ": the table " + fk.targetTable() + " is not generated; the column stays a plain field");
                continue;
            }
            if (!target.primaryKey().columns().equals(fk.targetColumns())) {
                warnings.add(where + ": it references " + fk.targetTable() + fk.targetColumns()
                        + ", not its primary key; the column stays a plain field");
                continue;
            }
            if (!LinkTables.composite(t) && fk.columns().getFirst().equals(t.primaryKey().columns().getFirst())) {
                warnings.add(where + ": the primary key is also a foreign key, which a model cannot declare; it stays a plain key field");
                continue;
            }
            out.put(fk.columns().getFirst(), fk);
        }
        return out;
    }
}
