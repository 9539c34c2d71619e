package io.aksara.schema;

import io.aksara.Aksara;
import io.aksara.Model;
import io.aksara.fields.OnDelete;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.vendor.Feature;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.IndexMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.state.GeneratedColumnType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Constraint;
import org.jooq.ConstraintForeignKeyOnStep;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.QOM.GenerationOption;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * Creates and drops the tables of a set of models, in dependency order, with their primary keys,
 * unique constraints, foreign keys and indexes. For tests, demos and first steps, until the
 * project has migrations.
 *
 * <pre>{@code
 * SchemaEditor schema = SchemaEditor.forDatabase(Aksara.DEFAULT);
 * schema.createTables(Category.class, Product.class);   // categories first: products points to it
 * schema.dropTables(Category.class, Product.class);     // products first
 * }</pre>
 */
public final class SchemaEditor {
    private final JooqBackend db;

    private SchemaEditor(JooqBackend db) {
        this.db = db;
    }

    /** The editor of a configured database ({@link Aksara#DEFAULT} for the default one). */
    public static SchemaEditor forDatabase(String alias) {
        return new SchemaEditor(JooqBackend.of(Aksara.backend(alias)));
    }

    /** Creates the tables of these models (targets of foreign keys first). */
    @SafeVarargs
    public final void createTables(Class<? extends Model>... models) {
        execute(createStatements(metas(models)));
    }

    /** Drops the tables of these models if they exist (dependants first). */
    @SafeVarargs
    public final void dropTables(Class<? extends Model>... models) {
        execute(dropStatements(metas(models)));
    }

    /** Deletes every row of these models' tables (dependants first), keeping the tables. */
    @SafeVarargs
    public final void deleteAllRows(Class<? extends Model>... models) {
        List<ModelMeta<?>> order = new ArrayList<>(ModelGraph.creationOrder(metas(models)));
        Collections.reverse(order);
        List<Query> deletes = new ArrayList<>();
        for (ModelMeta<?> m : order) {
            deletes.add(dsl().deleteFrom(ModelTable.of(m, db.dialect()).table()));
        }
        execute(deletes);
    }

    /** The CREATE TABLE, ALTER TABLE and CREATE INDEX statements for these models, in order. */
    public List<Query> createStatements(List<ModelMeta<?>> models) {
        List<ModelMeta<?>> order = ModelGraph.creationOrder(models);
        List<Query> tables = new ArrayList<>();
        List<Query> later = new ArrayList<>();
        Set<ModelMeta<?>> created = new HashSet<>();
        for (ModelMeta<?> m : order) {
            created.add(m);
            ModelTable t = ModelTable.of(m, db.dialect());
            List<Field<?>> columns = new ArrayList<>();
            for (FieldMeta<?, ?> f : m.fields()) {
                columns.add(column(t, f));
            }
            List<Constraint> constraints = new ArrayList<>();
            constraints.add(DSL.constraint(ModelTable.sqlName(t.primaryKeyName())).primaryKey(
                    m.primaryKeyFields().stream().map(t::field).toArray(Field[]::new)));
            for (FieldMeta<?, ?> f : m.fields()) {
                if (f.unique() && !f.primaryKey()) {
                    constraints.add(DSL.constraint(ModelTable.sqlName(t.uniqueName(f))).unique(t.field(f)));
                }
            }
            for (IndexMeta ix : m.indexes()) {
                if (ix.unique()) {
                    constraints.add(DSL.constraint(ModelTable.sqlName(ix.name())).unique(ix.fields().stream().map(t::field).toArray(Field[]::new)));
                }
            }
            for (FieldMeta<?, ?> f : m.declaredFields()) {
                if (!f.isRelation()) {
                    continue;
                }
                Constraint fk = foreignKey(t, f);
                ModelMeta<?> target = f.relatedMeta();
                if (created.contains(target) || !db.databaseVendor().has(Feature.ALTER_TABLE_ADD_CONSTRAINT)) {
                    constraints.add(fk); // SQLite, which cannot add one later, takes a key to a table still to come
                } else { // a cycle: the target table does not exist yet
                    later.add(dsl().alterTable(t.table()).add(fk));
                }
            }
            tables.add(dsl().createTable(t.table()).columns(columns).constraints(constraints));
            for (FieldMeta<?, ?> f : m.fields()) {
                if (f.dbIndex()) {
                    later.add(dsl().createIndex(ModelTable.sqlName(t.indexName(f))).on(t.table(), t.field(f)));
                }
            }
            for (IndexMeta ix : m.indexes()) {
                if (!ix.unique()) {
                    later.add(dsl().createIndex(ModelTable.sqlName(ix.name())).on(t.table(), ix.fields().stream().map(t::field).toList()));
                }
            }
        }
        tables.addAll(later);
        return tables;
    }

    /** DROP TABLE IF EXISTS for these models, dependants first. */
    public List<Query> dropStatements(List<ModelMeta<?>> models) {
        List<ModelMeta<?>> order = new ArrayList<>(ModelGraph.creationOrder(models));
        Collections.reverse(order);
        List<Query> drops = new ArrayList<>();
        for (ModelMeta<?> m : order) {
            var drop = dsl().dropTableIfExists(ModelTable.of(m, db.dialect()).table());
            drops.add(db.databaseVendor().has(Feature.DROP_TABLE_CASCADE) ? drop.cascade() : drop);
        }
        return drops;
    }

    private Field<?> column(ModelTable t, FieldMeta<?, ?> f) {
        @SuppressWarnings("unchecked")
        DataType<Object> type = (DataType<Object>) t.ddlType(f);
        Object dflt = defaults(t.meta()).get(f);
        // MySQL gives text and JSON columns no default
        // a foreign key gets its default only for ON DELETE SET DEFAULT, which needs one in the column
        boolean columnDefault = !f.isRelation() || f.onDelete() == OnDelete.SET_DEFAULT;
        if (dflt != null && f.columnType() != FieldType.TEXT && f.columnType() != FieldType.JSON
                && columnDefault) {
            type = type.defaultValue(DSL.inline(t.jdbcValue(dflt), type));
        }
        if (f.dbDefault() != null) {
            // the model author's SQL (@DbDefault), trusted as the model's own code; never user input
            type = type.defaultValue(DSL.field(f.dbDefault(), type));
        }
        if (f.isGeneratedColumn()) { // the author's expression, its field names made columns; no NOT NULL (MariaDB)
            type = type.nullable(true).generatedAlwaysAs(DSL.field("(" + GeneratedColumnType.sqlOf(f) + ")", type))
                    .generationOption(f.generatedStored() ? GenerationOption.STORED : GenerationOption.VIRTUAL);
        }
        return DSL.field(t.columnName(f), type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<FieldMeta<?, ?>, Object> defaults(ModelMeta<?> meta) {
        return (Map) meta.defaults();
    }

    private Constraint foreignKey(ModelTable t, FieldMeta<?, ?> f) {
        ModelMeta<?> target = f.relatedMeta();
        ModelTable tt = ModelTable.of(target, db.dialect());
        List<? extends FieldMeta<?, ?>> own = t.meta().columnsOf(f);
        ConstraintForeignKeyOnStep fk = DSL.constraint(ModelTable.sqlName(t.foreignKeyName(f)))
                .foreignKey(own.stream().map(t::field).toArray(Field[]::new))
                .references(tt.table(), target.primaryKeyFields().stream().map(tt::field).toArray(Field[]::new));
        return ForeignKeyActions.apply(ForeignKeyActions.applyUpdate(fk, f.onUpdate()), ForeignKeyActions.onDeleteOf(f, db.databaseVendor()));
    }

    private void execute(List<Query> queries) {
        for (Query q : queries) {
            dsl().execute(dsl().render(q), dsl().extractBindValues(q).toArray());
        }
    }

    private DSLContext dsl() {
        return db.dsl();
    }

    @SafeVarargs
    private static List<ModelMeta<?>> metas(Class<? extends Model>... models) {
        List<ModelMeta<?>> out = new ArrayList<>();
        for (Class<? extends Model> c : models) {
            ModelMeta<?> meta = ModelRegistry.metaOf(c);
            if (!meta.isProxy()) { // a proxy has no table of its own
                out.add(meta);
            }
        }
        return out;
    }
}
