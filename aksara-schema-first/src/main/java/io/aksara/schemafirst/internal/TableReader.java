package io.aksara.schemafirst.internal;

import io.aksara.fields.OnDelete;
import io.aksara.fields.OnUpdate;
import io.aksara.meta.FieldType;
import io.aksara.schemafirst.ColumnDescription;
import io.aksara.schemafirst.ForeignKeyDescription;
import io.aksara.schemafirst.KeyDescription;
import io.aksara.schemafirst.TableDescription;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Index;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;

/**
 * Describes a jOOQ {@link Table}: one from {@code DSLContext.meta()} (a live database) or a class
 * jOOQ's code generator wrote. Both carry the same facts (columns with types, nullability,
 * identity and defaults; keys; foreign keys with their delete rule; indexes), so one reader serves
 * inspectdb and the import of jOOQ classes.
 */
public final class TableReader {
    /** H2 names the indexes it creates for constraints {@code <CONSTRAINT>_INDEX_<hex>}. */
    private static final Pattern H2_CONSTRAINT_INDEX = Pattern.compile("(?i).*_INDEX_[0-9A-F]+$");

    private final SQLDialect dialect;
    private final CatalogFacts facts;

    /**
     * @param dialect the database the tables come from ({@link SQLDialect#DEFAULT} for generated classes)
     * @param facts   what the database's catalog says beyond jOOQ's meta ({@link CatalogFacts#NONE} for generated classes)
     */
    public TableReader(SQLDialect dialect, CatalogFacts facts) {
        this.dialect = dialect;
        this.facts = facts;
    }

    public TableDescription read(Table<?> table) {
        String name = Names.normalize(table.getName());
        List<ColumnDescription> columns = new ArrayList<>();
        UniqueKey<?> pk = table.getPrimaryKey();
        Set<String> keyColumns = pk == null ? Set.of() : Set.copyOf(names(pk.getFields()));
        for (Field<?> f : table.fields()) {
            columns.add(column(name, f, keyColumns));
        }
        KeyDescription primaryKey = pk == null ? null : key(pk.getName(), pk.getFields());
        List<KeyDescription> uniques = new ArrayList<>();
        Set<List<String>> uniqueColumns = new HashSet<>();
        if (primaryKey != null) {
            uniqueColumns.add(primaryKey.columns());
        }
        for (UniqueKey<?> uk : table.getUniqueKeys()) {
            KeyDescription k = key(uk.getName(), uk.getFields());
            if (uniqueColumns.add(k.columns())) {
                uniques.add(k);
            }
        }
        List<ForeignKeyDescription> foreignKeys = new ArrayList<>();
        Set<List<String>> constrained = new HashSet<>(uniqueColumns);
        for (ForeignKey<?, ?> fk : table.getReferences()) {
            ForeignKeyDescription d = new ForeignKeyDescription(fk.getName(), names(fk.getFields()),
                    Names.normalize(fk.getKey().getTable().getName()), names(fk.getKeyFields()), onDelete(fk), onUpdate(fk));
            foreignKeys.add(d);
            constrained.add(d.columns());
        }
        List<KeyDescription> indexes = new ArrayList<>();
        for (Index ix : table.getIndexes()) {
            List<String> cols = new ArrayList<>();
            for (SortField<?> s : ix.getFields()) {
                cols.add(Names.normalize(s.getName()));
            }
            KeyDescription k = new KeyDescription(Names.normalize(ix.getName()), cols);
            if (H2_CONSTRAINT_INDEX.matcher(ix.getName()).matches() && constrained.contains(cols)) {
                continue; // made by the database for a constraint, not declared by anyone
            }
            if (ix.getUnique()) {
                if (uniqueColumns.add(cols)) {
                    uniques.add(k); // a unique index is a unique constraint to Aksara
                }
            } else {
                indexes.add(k);
            }
        }
        Comparator<KeyDescription> byName = Comparator.comparing(KeyDescription::name);
        uniques.sort(byName);
        indexes.sort(byName);
        foreignKeys.sort(Comparator.comparing(f -> String.join(",", f.columns())));
        return new TableDescription(name, columns, primaryKey, uniques, foreignKeys, indexes);
    }

    private ColumnDescription column(String table, Field<?> f, Set<String> keyColumns) {
        String name = Names.normalize(f.getName());
        PostgresEnums.EnumType enumType = facts.enums().get(table + "." + name);
        if (enumType != null) {
            return enumColumn(table, name, f, enumType);
        }
        PostgresDomains.Domain domain = facts.domains().get(table + "." + name);
        // a domain's column is its base type; nullability and default are the column's own
        DataType<?> type = domain == null ? f.getDataType()
                : domain.baseType().nullable(f.getDataType().nullable()).identity(false);
        SqliteDecimals.Declared declared = facts.decimals().get(table + "." + name);
        if (declared != null) {
            type = type.precision(declared.precision(), declared.scale());
        }
        boolean mysql = dialect.family() == SQLDialect.MYSQL || dialect.family() == SQLDialect.MARIADB;
        String generation = facts.generated().get(table + "." + name); // a @GeneratedField, which no write sends
        FieldType fieldType = FieldTypes.of(type, mysql, facts.jsonColumns().contains(table + "." + name));
        if (fieldType == FieldType.STRING && type.length() == 36 && dialect.family() == SQLDialect.SQLITE) {
            // as on MySQL: jOOQ writes a UUID varchar(36) on SQLite, and Aksara declared them char(36) before uuid
            fieldType = FieldType.UUID;
        }
        String defaultValue = null;
        String dbDefault = null;
        String sql = generation != null ? null // a generated column's expression is no default
                : facts.defaults().containsKey(table + "." + name) ? facts.defaults().get(table + "." + name)
                : type.defaulted() && type.defaultValue() != null ? render(type.defaultValue()) : null;
        // PostgreSQL's driver calls any nextval() default an identity; off the key it is a default like others
        boolean identity = type.identity() && (keyColumns.contains(name) || sql == null);
        if (identity && fieldType == FieldType.INTEGER && dialect.family() == SQLDialect.SQLITE) {
            fieldType = FieldType.BIG_INTEGER; // SQLite's INTEGER key is the 64-bit rowid, not a 32-bit AutoField
        }
        // a binary default is a database-specific literal (bytea escapes, x'..'): left to the model's initializer
        if (sql != null && !identity && fieldType != FieldType.BINARY) {
            // Aksara writes no literal default on text and JSON columns (MySQL had none): kept as the database's SQL
            boolean literal = fieldType != FieldType.TEXT && fieldType != FieldType.JSON;
            defaultValue = literal ? DefaultLiterals.parse(sql, fieldType) : null;
            dbDefault = defaultValue == null ? DefaultLiterals.expression(sql, fieldType) : null;
        }
        return new ColumnDescription(name, fieldType, FieldTypes.describe(type)
                + (generation == null ? "" : " " + generation),
                fieldType == FieldType.BINARY ? FieldTypes.binaryLength(type) : type.lengthDefined() ? type.length() : 0,
                type.precisionDefined() ? type.precision() : 0,
                type.scaleDefined() ? type.scale() : 0,
                type.nullable(), identity, defaultValue, dbDefault, domain == null ? null : domain.name(),
                StorageTypes.kept(fieldType, facts.storageTypes().get(table + "." + name)));
    }

    /**
     * A column of a PostgreSQL enum type: an {@code @EnumField(dbType = ...)} whose constants are the
     * labels, as the column stores a constant's name; a type with a label that is no Java constant
     * name has no field (the column is skipped, its warning says why).
     */
    private ColumnDescription enumColumn(String table, String name, Field<?> f, PostgresEnums.EnumType enumType) {
        boolean constants = enumType.labels().stream().allMatch(javax.lang.model.SourceVersion::isName);
        String sql = facts.defaults().containsKey(table + "." + name) ? facts.defaults().get(table + "." + name)
                : f.getDataType().defaulted() && f.getDataType().defaultValue() != null
                ? render(f.getDataType().defaultValue()) : null;
        String label = sql == null ? null : DefaultLiterals.parse(sql, FieldType.STRING);
        return new ColumnDescription(name, constants ? FieldType.STRING : null, enumType.name(), enumType.longest(), 0, 0,
                f.getDataType().nullable(), false, label != null && enumType.labels().contains(label) ? label : null, null, null,
                enumType.name(), enumType.labels());
    }

    private String render(Field<?> expression) {
        return DSL.using(dialect).renderInlined(expression);
    }

    private static KeyDescription key(String name, List<? extends Field<?>> fields) {
        return new KeyDescription(Names.normalize(name), names(fields));
    }

    private static List<String> names(List<? extends Field<?>> fields) {
        return fields.stream().map(f -> Names.normalize(f.getName())).toList();
    }

    /**
     * NO ACTION refuses the delete at the database, which is what DO_NOTHING leaves to it; RESTRICT
     * is RESTRICT, whose constraint says RESTRICT again, except on MySQL and MariaDB, which report
     * RESTRICT for a constraint declared without a rule (InnoDB makes no difference between them).
     */
    private OnDelete onDelete(ForeignKey<?, ?> fk) {
        if (fk.getDeleteRule() == null) {
            return OnDelete.DO_NOTHING;
        }
        return switch (fk.getDeleteRule()) {
            case CASCADE -> OnDelete.CASCADE;
            case SET_NULL -> OnDelete.SET_NULL;
            case SET_DEFAULT -> OnDelete.SET_DEFAULT;
            case RESTRICT -> mysqlFamily() ? OnDelete.DO_NOTHING : OnDelete.RESTRICT;
            case NO_ACTION -> OnDelete.DO_NOTHING;
        };
    }

    /** The ON UPDATE rule; RESTRICT on MySQL and MariaDB is their NO ACTION, as for deletes. */
    private OnUpdate onUpdate(ForeignKey<?, ?> fk) {
        if (fk.getUpdateRule() == null) {
            return OnUpdate.NO_ACTION;
        }
        return switch (fk.getUpdateRule()) {
            case CASCADE -> OnUpdate.CASCADE;
            case SET_NULL -> OnUpdate.SET_NULL;
            case SET_DEFAULT -> OnUpdate.SET_DEFAULT;
            case RESTRICT -> mysqlFamily() ? OnUpdate.NO_ACTION : OnUpdate.RESTRICT;
            case NO_ACTION -> OnUpdate.NO_ACTION;
        };
    }

    private boolean mysqlFamily() {
        return dialect.family() == SQLDialect.MYSQL || dialect.family() == SQLDialect.MARIADB;
    }
}
