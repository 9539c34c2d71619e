package io.aksara.schema.state;

import io.aksara.Meta;
import io.aksara.fields.OnDelete;
import io.aksara.kinds.EnumKind;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.IndexMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.meta.Naming;
import io.aksara.schema.ForeignKeyActions;
import io.aksara.schema.MigrationError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link ModelState} the current models describe, with the same names, types and
 * constraints as {@code SchemaEditor} creates.
 *
 * <pre>{@code ModelState target = ModelStates.fromModels(ModelRegistry.indexed(loader)); }</pre>
 */
public final class ModelStates {
    private ModelStates() {}

    /**
     * The state of these models: one table each, except models marked {@code @Meta(managed = false)},
     * whose tables migrations leave alone, and proxies ({@code @Meta(proxy = true)}), which use
     * their concrete model's.
     *
     * @throws MigrationError when two models share a table, or a foreign key points to a model
     *                        that is not among them (not in the model index)
     */
    public static ModelState fromModels(List<? extends ModelMeta<?>> models) {
        Map<String, ModelMeta<?>> byTable = new TreeMap<>();
        for (ModelMeta<?> m : models) {
            if (m.isProxy()) {
                continue; // a proxy uses its concrete model's table
            }
            ModelMeta<?> other = byTable.put(m.table(), m);
            if (other != null && other != m) {
                throw new MigrationError("Models " + other.type().getName() + " and " + m.type().getName()
                        + " both use the table " + m.table() + "; give one of them another @Meta(table = ...).");
            }
        }
        List<TableState> tables = new ArrayList<>();
        for (ModelMeta<?> m : byTable.values()) {
            for (FieldMeta<?, ?> f : m.declaredFields()) {
                if (f.isRelation() && !models.contains(f.relatedMeta()) && !models.contains(f.relatedMeta().concreteMeta())) {
                    throw new MigrationError(f.qualifiedName() + " points to " + f.relatedModel().getName()
                            + ", which is not among the models the migrations know (the model index "
                            + ModelRegistry.INDEX_RESOURCE + " on the classpath). Compile it with "
                            + "the Aksara annotation processor in the same project.");
                }
            }
            if (isManaged(m)) {
                tables.add(table(m));
            }
        }
        return ModelState.of(tables);
    }

    /** Whether migrations create and change the model's table ({@code @Meta(managed = false)} says no). */
    public static boolean isManaged(ModelMeta<?> m) {
        Meta meta = m.type().getAnnotation(Meta.class);
        return meta == null || meta.managed();
    }

    /**
     * Migrations do not create PostgreSQL enum types (nor could other databases hold one): a
     * column of such a type belongs to a schema that exists already, adopted with
     * {@code @Meta(managed = false)}.
     */
    private static void refuseEnumType(ModelMeta<?> m, FieldMeta<?, ?> f) {
        if (f.dbType() != null && f.kind() instanceof EnumKind) {
            throw new MigrationError(m.name() + "." + f.name()
                    + " is a column of the database enum type " + f.dbType() + " (@EnumField(dbType = \"" + f.dbType()
                    + "\")), which migrations do not create: create the type and the table in SQL and mark "
                    + m.name() + " @Meta(managed = false), or drop dbType to keep the name in a varchar");
        }
    }

    /** The table of one model. */
    public static TableState table(ModelMeta<?> m) {
        Map<? extends FieldMeta<?, ?>, Object> defaults = m.defaults();
        List<ColumnState> columns = new ArrayList<>();
        List<UniqueState> uniques = new ArrayList<>();
        List<IndexState> indexes = new ArrayList<>();
        List<ForeignKeyState> foreignKeys = new ArrayList<>();
        for (FieldMeta<?, ?> f : m.fields()) {
            refuseEnumType(m, f);
            if (f.isGeneratedColumn()) { // no NOT NULL, no default: MariaDB allows neither on a generated column
                columns.add(new ColumnState(f.column(), GeneratedColumnType.text(ColumnTypeText.of(f),
                        GeneratedColumnType.sqlOf(f), f.generatedStored()), true, null, false, false));
            } else {
                columns.add(new ColumnState(f.column(), ColumnTypeText.of(f), f.nullable(),
                        defaultOf(f, m.isKeyField(f) ? null : defaults.get(f)),
                        f.primaryKey() && f.columnType() == FieldType.BIG_AUTO, m.isKeyField(f)));
            }
            if (f.unique() && !f.primaryKey()) {
                uniques.add(new UniqueState(constraint("uq", m, f), List.of(f.column())));
            }
            if (f.dbIndex()) {
                indexes.add(new IndexState(constraint("ix", m, f), List.of(f.column())));
            }
            if (f.isRelation()) {
                ModelMeta<?> target = f.relatedMeta();
                String name = f.constraintName() != null ? f.constraintName() : constraint("fk", m, f);
                foreignKeys.add(new ForeignKeyState(name, f.column(), target.table(),
                        target.primaryKey().column(), databaseAction(f.onDelete()),
                        f.onUpdate() == io.aksara.fields.OnUpdate.NO_ACTION ? null : f.onUpdate().sql()));
            }
        }
        for (FieldMeta<?, ?> f : m.compositeRelations()) {
            // one constraint over every column of a foreign key to a composite key (Liquibase takes comma-separated lists)
            List<String> own = m.columnsOf(f).stream().map(FieldMeta::column).toList();
            List<String> referenced = f.relatedMeta().primaryKeyFields().stream().map(FieldMeta::column).toList();
            foreignKeys.add(new ForeignKeyState(Naming.constraintName("fk", m.table(), own), String.join(", ", own),
                    f.relatedMeta().table(), String.join(", ", referenced), databaseAction(f.onDelete()),
                    f.onUpdate() == io.aksara.fields.OnUpdate.NO_ACTION ? null : f.onUpdate().sql()));
            if (f.unique()) {
                uniques.add(new UniqueState(Naming.constraintName("uq", m.table(), own), own));
            } else if (f.dbIndex()) {
                indexes.add(new IndexState(Naming.constraintName("ix", m.table(), own), own));
            }
        }
        for (IndexMeta ix : m.indexes()) {
            List<String> cols = ix.fields().stream().map(FieldMeta::column).toList();
            if (ix.unique()) {
                uniques.add(new UniqueState(ix.name(), cols));
            } else {
                indexes.add(new IndexState(ix.name(), cols));
            }
        }
        return new TableState(m.table(), columns, Naming.constraintName("pk", m.table(), List.of()), uniques, indexes, foreignKeys);
    }

    /**
     * The database action of an {@link OnDelete} rule, as {@link ForeignKeyActions} gives it for
     * tables Aksara creates directly, so migrated and directly created tables agree. One changelog
     * serves every database, so SET_DEFAULT is no action here (InnoDB refuses SET DEFAULT); Aksara
     * sets the default itself when it deletes. No action is written as no attribute.
     */
    private static String databaseAction(OnDelete rule) {
        ForeignKeyActions.Action action = ForeignKeyActions.onDelete(rule == OnDelete.SET_DEFAULT ? OnDelete.DO_NOTHING : rule);
        return action == ForeignKeyActions.Action.NO_ACTION ? null : action.sql();
    }

    private static String constraint(String prefix, ModelMeta<?> m, FieldMeta<?, ?> f) {
        return Naming.constraintName(prefix, m.table(), List.of(f.column()));
    }

    /**
     * The column default of a field: none for keys, relations, and text, JSON, binary and duration columns
     * (MySQL allows no default on them, and one changelog serves every database; a byte array has
     * no stable text either, so it would make every makemigrations see a changed default; a duration is an interval
     * on one database and microseconds on the others; an array's default is its initializer's list). A default that only comes
     * from a field initializer is kept for numbers, booleans and strings; for times, dates and UUIDs
     * an initializer is usually computed ({@code OffsetDateTime.now()}, {@code UUID.randomUUID()}),
     * which would give every makemigrations a new default, so only an explicit {@code @Default} counts.
     */
    static DefaultValue defaultOf(FieldMeta<?, ?> f, Object value) {
        if (f.dbDefault() != null) {
            return DefaultValue.computed(f.dbDefault());
        }
        FieldType type = f.columnType();
        if (value == null || f.primaryKey() || f.isRelation() || type == FieldType.TEXT || type == FieldType.JSON
                || type == FieldType.BINARY || type == FieldType.DURATION || type == FieldType.ARRAY) {
            return null;
        }
        boolean computedKind = switch (type.family()) {
            case TEMPORAL, UUID -> true;
            default -> false;
        };
        if (computedKind && f.explicitDefault() == null) {
            return null;
        }
        return switch (value) {
            case Boolean b -> DefaultValue.bool(b);
            case BigDecimal d -> DefaultValue.numeric(d.toPlainString());
            case Number n -> DefaultValue.numeric(n.toString());
            case LocalDate d -> DefaultValue.date(d.toString());
            case Enum<?> e -> DefaultValue.text(e.name());
            default -> DefaultValue.text(value.toString());
        };
    }
}
