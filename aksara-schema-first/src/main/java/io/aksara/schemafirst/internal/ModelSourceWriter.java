package io.aksara.schemafirst.internal;

import io.aksara.fields.OnDelete;
import io.aksara.meta.FieldType;
import io.aksara.meta.Naming;
import io.aksara.schemafirst.ColumnDescription;
import io.aksara.schemafirst.ForeignKeyDescription;
import io.aksara.schemafirst.KeyDescription;
import io.aksara.schemafirst.TableDescription;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the model source of one table. Each column becomes an annotated public field (see
 * {@link FieldTypes} for the mapping), a single-column foreign key to a generated table a
 * {@code @ForeignKey Ref<Target>}, an auto-generated integer {@code id} key the inherited
 * {@code Model.id}; multi-column unique constraints and indexes go to {@code @Meta}. What a model
 * cannot express is left out and reported in {@code warnings}, never written half-way.
 */
public final class ModelSourceWriter {
    /** The words in the class comment of every model inspectdb writes: how the stale-code check knows its own files. */
    public static final String GENERATED_MARK = "as Aksara's inspectdb read it.";

    private final String packageName;
    private final Map<String, String> classNames;
    private final Map<String, TableDescription> tables;
    private final List<String> warnings;
    private final Map<String, Class<? extends Annotation>> ownKinds;
    /** The nested enums of the model being written (of its PostgreSQL enum columns). */
    private final Set<String> enums = new HashSet<>();

    /**
     * @param classNames the class of every table being generated, by table name
     * @param tables     every table read, by name (targets of foreign keys)
     * @param warnings   where to add what could not be generated
     */
    public ModelSourceWriter(String packageName, Map<String, String> classNames, Map<String, TableDescription> tables,
            List<String> warnings) {
        this(packageName, classNames, tables, warnings, Map.of());
    }

    /** @param ownKinds field annotations of the application's own, by {@code table.column} (checked already) */
    public ModelSourceWriter(String packageName, Map<String, String> classNames, Map<String, TableDescription> tables,
            List<String> warnings, Map<String, Class<? extends Annotation>> ownKinds) {
        this.packageName = packageName;
        this.classNames = classNames;
        this.tables = tables;
        this.warnings = warnings;
        this.ownKinds = ownKinds;
    }

    /** Why a table cannot be a model, or null when it can. */
    public static String unsupported(TableDescription t) {
        KeyDescription pk = t.primaryKey();
        if (pk == null || pk.columns().isEmpty()) {
            return t.view() ? "it is a view without an id column, and a model needs a key; write its model by hand,"
                    + " with @Meta(managed = false, readOnly = true) and a key field of columns that are unique in it"
                    : "it has no primary key";
        }
        for (String column : pk.columns()) {
            ColumnDescription key = t.column(column).orElse(null);
            if (key == null || !key.supported()) {
                return "its primary key column " + column + " has a type Aksara has no field for"
                        + (key == null ? "" : " (" + key.sqlType() + ")");
            }
        }
        return null;
    }

    /** Whether the key is the implicit {@code id} every model inherits: a database-generated integer named id. */
    static boolean implicitId(TableDescription t) {
        String key = t.primaryKey().columns().getFirst();
        ColumnDescription c = t.column(key).orElseThrow();
        return !LinkTables.composite(t) && key.equals("id") && c.identity()
                && (c.type() == FieldType.BIG_INTEGER || c.type() == FieldType.INTEGER);
    }

    public String write(TableDescription t) {
        String className = classNames.get(t.name());
        enums.clear();
        // a composite key is declared in @Meta; no single field is marked primaryKey
        String key = LinkTables.composite(t) ? null : t.primaryKey().columns().getFirst();
        boolean implicitId = implicitId(t);
        Set<String> imports = new TreeSet<>(List.of("io.aksara.Manager", "io.aksara.Model"));

        // one field per supported column; Java names made unique within the model
        Map<String, String> fieldOf = new LinkedHashMap<>();
        Set<String> used = new HashSet<>(Set.of("id", "objects"));
        Map<String, ForeignKeyDescription> relations = relations(t);
        Set<String> partColumns = CompositeRelations.partColumns(t, relations); // one field holds them all
        Map<String, Integer> targetsSeen = new HashMap<>();
        relations.values().forEach(fk -> targetsSeen.merge(fk.targetTable(), 1, Integer::sum));
        for (ColumnDescription c : t.columns()) {
            if (implicitId && c.name().equals(key) || partColumns.contains(c.name())) {
                continue;
            }
            if (!c.supported()) {
                warnings.add("skipped column " + t.name() + "." + c.name() + " of type " + c.sqlType()
                        + ": Aksara has no field for it" + FieldDeclarations.whyNoField(c) + (!c.nullable() && !c.hasDefault() && !c.identity()
                        && !FieldDeclarations.generated(c)
                        ? " (it is NOT NULL: inserts through the model will fail until it has a default)" : ""));
                continue;
            }
            String base = relations.containsKey(c.name()) ? relationField(relations.get(c.name()), c.name()) : Names.fieldName(c.name());
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + i;
            }
            fieldOf.put(c.name(), name);
        }

        // in a multi-column constraint, a composite foreign key's columns stand for its one field
        Map<String, String> keyFieldOf = new LinkedHashMap<>(fieldOf);
        relations.forEach((column, fk) -> fk.columns().forEach(c -> {
            if (fieldOf.containsKey(column)) {
                keyFieldOf.putIfAbsent(c, fieldOf.get(column));
            }
        }));

        Set<String> singleUnique = new HashSet<>();
        List<KeyDescription> uniqueTogether = new ArrayList<>();
        for (KeyDescription u : t.uniques()) {
            if (u.columns().size() == 1) {
                singleUnique.add(u.columns().getFirst());
            } else if (!CompositeRelations.coversForeignKey(u, relations) && covered(t, u, keyFieldOf, relations, "unique constraint")) {
                uniqueTogether.add(u);
            }
        }
        Set<String> singleIndex = new HashSet<>();
        List<KeyDescription> indexes = new ArrayList<>();
        for (KeyDescription ix : t.indexes()) {
            if (ix.columns().size() == 1) {
                singleIndex.add(ix.columns().getFirst());
            } else if (!CompositeRelations.coversForeignKey(ix, relations) && covered(t, ix, keyFieldOf, relations, "index")) {
                indexes.add(ix);
            }
        }

        StringBuilder body = new StringBuilder();
        for (ColumnDescription c : t.columns()) {
            String field = fieldOf.get(c.name());
            if (field == null) {
                continue;
            }
            ForeignKeyDescription fk = relations.get(c.name());
            String declaration = fk != null && fk.columns().size() > 1
                    ? CompositeRelations.declaration(t, fk, field, CompositeRelations.over(t.uniques(), fk),
                            CompositeRelations.over(t.indexes(), fk), RelationNames.relatedName(className, field,
                            targetsSeen.get(fk.targetTable()) > 1), tables, classNames, imports, warnings)
                    : fk != null
                    ? relation(t, c, field, fk, singleUnique.contains(c.name()), singleIndex.contains(c.name()),
                            targetsSeen.get(fk.targetTable()) > 1, className, imports)
                    : column(t, c, field, c.name().equals(key), singleUnique.contains(c.name()),
                            singleIndex.contains(c.name()), imports);
            body.append("    ").append(declaration).append('\n');
        }
        for (LinkTables.Link link : LinkTables.from(t, tables, classNames, warnings)) {
            imports.add("io.aksara.Many");
            imports.add("io.aksara.fields.ManyToMany");
            String base = LinkTables.fieldName(classNames.get(link.targetTable()));
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + i;
            }
            body.append("    ").append(LinkTables.declaration(link, name, classNames)).append('\n');
        }

        String reverse = reverseMethods(t, fieldOf.values(), imports);
        StringBuilder out = new StringBuilder();
        out.append("package ").append(packageName).append(";\n\n");
        String meta = MetaAnnotation.of(t, className, keyFieldOf, uniqueTogether, indexes);
        if (LinkTables.composite(t)) {
            String keyFields = "primaryKey = {" + String.join(", ",
                    t.primaryKey().columns().stream().map(fieldOf::get).map(Java::literal).toList()) + "}";
            meta = meta == null ? "@Meta(" + keyFields + ")" : meta.replaceFirst("^@Meta\\(", "@Meta(" + keyFields + ",\n      ");
        }
        if (meta != null) {
            imports.add("io.aksara.Meta");
        }
        for (String i : imports) {
            out.append("import ").append(i).append(";\n");
        }
        out.append("\n/** The ").append(t.view() ? "view" : "table").append(" {@code ").append(t.name())
                .append("}, ").append(GENERATED_MARK).append(" */\n");
        if (meta != null) {
            out.append(meta).append('\n');
        }
        out.append("public class ").append(className).append(" extends Model {\n");
        out.append("    public static final Manager<").append(className).append("> objects = Manager.of(")
                .append(className).append(".class);\n");
        if (!body.isEmpty()) {
            out.append('\n').append(body);
        }
        if (!reverse.isEmpty()) {
            out.append('\n').append(reverse);
        }
        out.append("}\n");
        return out.toString();
    }

    /** The foreign keys that become fields, by the column they stand at; the others are reported and stay plain columns. */
    private Map<String, ForeignKeyDescription> relations(TableDescription t) {
        return ForeignKeyFields.of(t, tables, classNames, warnings);
    }

    /** The field name of a relation declared at {@code column}: from the column, or for several columns from what they share. */
    private String relationField(ForeignKeyDescription fk, String column) {
        return fk.columns().size() > 1 ? CompositeRelations.fieldName(fk, classNames) : relationFieldName(column);
    }

    /**
     * {@code category_id}, {@code CATEGORY_ID}, {@code CategoryId}, {@code categoryID} → {@code category}:
     * the key suffix of every naming style goes; a column without one keeps its own name.
     */
    static String relationFieldName(String column) {
        return Names.fieldName(RelationNames.withoutKeySuffix(column));
    }

    /**
     * One method per foreign key of a generated table that points here, named by its relatedName:
     * {@code public Related<Order> orders() { return related(Order.class, "customer"); }}. A name
     * the model uses already for a field is left to {@code related(...)}.
     */
    private String reverseMethods(TableDescription target, java.util.Collection<String> fieldNames, Set<String> imports) {
        StringBuilder out = new StringBuilder();
        Set<String> taken = new HashSet<>(fieldNames);
        taken.addAll(Set.of("objects", "id", "pk", "save", "delete", "related", "refreshFromDb"));
        for (Map.Entry<String, String> source : new java.util.TreeMap<>(classNames).entrySet()) {
            TableDescription from = tables.get(source.getKey());
            Map<String, ForeignKeyDescription> relations = ForeignKeyFields.of(from, tables, classNames, new ArrayList<>());
            Map<String, Integer> perTarget = new HashMap<>();
            relations.values().forEach(fk -> perTarget.merge(fk.targetTable(), 1, Integer::sum));
            for (ColumnDescription c : from.columns()) {
                ForeignKeyDescription fk = relations.get(c.name());
                if (fk == null || !fk.targetTable().equals(target.name())) {
                    continue;
                }
                String field = relationField(fk, c.name());
                String method = RelationNames.relatedName(source.getValue(), field, perTarget.get(fk.targetTable()) > 1);
                if (!taken.add(method) || !javax.lang.model.SourceVersion.isName(method)) {
                    continue;
                }
                imports.add("io.aksara.Related");
                out.append("    public Related<").append(source.getValue()).append("> ").append(method).append("() {\n")
                        .append("        return related(").append(source.getValue()).append(".class, ")
                        .append(Java.literal(field)).append(");\n    }\n");
            }
        }
        return out.toString();
    }

    private boolean covered(TableDescription t, KeyDescription k, Map<String, String> fieldOf,
            Map<String, ForeignKeyDescription> relations, String what) {
        for (String c : k.columns()) {
            if (!fieldOf.containsKey(c)) {
                warnings.add("left out " + what + " " + k.name() + " on " + t.name() + k.columns() + ": column " + c
                        + " has no model field");
                return false;
            }
        }
        for (ForeignKeyDescription fk : relations.values()) {
            int at = k.columns().indexOf(fk.columns().getFirst());
            boolean touched = fk.columns().size() > 1 && fk.columns().stream().anyMatch(k.columns()::contains);
            if (touched && (at < 0 || at + fk.columns().size() > k.columns().size()
                    || !k.columns().subList(at, at + fk.columns().size()).equals(fk.columns()))) {
                // the field stands for all its columns in key order; anything else would change the constraint
                warnings.add("left out " + what + " " + k.name() + " on " + t.name() + k.columns() + ": it does not "
                        + "hold the columns " + fk.columns() + " of one foreign key together and in order");
                return false;
            }
        }
        return true;
    }

    private String relation(TableDescription t, ColumnDescription c, String field, ForeignKeyDescription fk,
            boolean unique, boolean indexed, boolean sharedTarget, String className, Set<String> imports) {
        imports.add("io.aksara.Ref");
        imports.add("io.aksara.fields.ForeignKey");
        imports.add("io.aksara.fields.OnDelete");
        List<String> args = new ArrayList<>();
        args.add("onDelete = OnDelete." + fk.onDelete().name());
        if (fk.onUpdate() != io.aksara.fields.OnUpdate.NO_ACTION) {
            imports.add("io.aksara.fields.OnUpdate");
            args.add("onUpdate = OnUpdate." + fk.onUpdate().name());
        }
        if (fk.onDelete() == OnDelete.SET_NULL && !c.nullable()) {
            warnings.add("foreign key " + fk.name() + " on " + t.name() + "." + c.name()
                    + " sets NULL on delete but the column is NOT NULL");
        }
        args.add("relatedName = " + Java.literal(RelationNames.relatedName(className, field, sharedTarget)));
        if (c.nullable()) {
            args.add("nullable = true");
        }
        if (unique) {
            args.add("unique = true");
        }
        if (!indexed && !unique) {
            args.add("dbIndex = false"); // foreign keys are indexed by default
        }
        if (!Naming.columnName(field, FieldType.FOREIGN_KEY).equals(c.name())) {
            args.add("dbColumn = " + Java.literal(c.name()));
        }
        if (RelationNames.ownConstraintName(t.name(), c.name(), fk.name())) {
            args.add("constraintName = " + Java.literal(Names.normalize(fk.name())));
        }
        String target = classNames.get(fk.targetTable());
        return "@ForeignKey(" + String.join(", ", args) + ") public Ref<" + target + "> " + field + ";";
    }

    private String column(TableDescription t, ColumnDescription c, String field, boolean primaryKey, boolean unique,
            boolean indexed, Set<String> imports) {
        Class<? extends Annotation> own = ownKinds.get((t.name() + "." + c.name()).toLowerCase(java.util.Locale.ROOT));
        if (own != null) {
            return OwnKindField.declaration(c, field, primaryKey, unique, indexed, own, imports);
        }
        if (c.enumLabels() != null && !primaryKey) {
            return EnumColumns.declaration(c, field, unique, indexed, enums, imports);
        }
        String annotation = c.type() == FieldType.ARRAY ? ArrayColumnTypes.annotation(c) : c.type().displayName();
        imports.add("io.aksara.fields." + annotation);
        List<String> args = new ArrayList<>();
        switch (c.type()) {
            case STRING -> args.add("maxLength = " + c.length());
            case BINARY -> {
                if (c.length() > 0) {
                    args.add("maxLength = " + c.length());
                }
            }
            case DECIMAL -> {
                args.add("maxDigits = " + c.precision());
                args.add("decimalPlaces = " + c.scale());
            }
            default -> { }
        }
        if (c.dbType() != null) {
            args.add("dbType = " + Java.literal(c.dbType())); // a legacy text or timestamp kept as it is
        }
        if (c.nullable() && !primaryKey) {
            args.add("nullable = true");
        }
        boolean json = c.type() == FieldType.JSON;
        if ((unique || indexed) && json) {
            warnings.add("left out the " + (unique ? "unique constraint" : "index") + " on " + t.name() + "." + c.name()
                    + ": a JSONField has neither");
        } else if (unique && !primaryKey) {
            args.add("unique = true");
        } else if (indexed && !primaryKey) {
            args.add("dbIndex = true");
        }
        if (!Naming.columnName(field, c.type()).equals(c.name())) {
            args.add("dbColumn = " + Java.literal(c.name()));
        }
        if (primaryKey) {
            args.add("primaryKey = true");
            if (c.identity()) {
                warnings.add("the key " + t.name() + "." + c.name() + " is generated by the database, but only a key"
                        + " named id is left to it; set " + field + " before saving new rows");
            }
        }
        boolean keyPart = primaryKey || LinkTables.composite(t) && t.primaryKey().columns().contains(c.name());
        String javaType = FieldDeclarations.javaType(c, keyPart, imports);
        if (c.dbDefault() != null && FieldDeclarations.SEQUENCE.matcher(c.dbDefault()).find()) {
            warnings.add("the default of " + t.name() + "." + c.name() + " reads a sequence (" + c.dbDefault()
                    + "); migrations do not create sequences: it must exist before they create the table");
        }
        return "@" + annotation + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")")
                + FieldDeclarations.defaultAnnotation(c, imports) + " public " + javaType + " " + field
                + FieldDeclarations.initializer(c) + ";"
                + (c.domain() == null ? "" : " // the domain " + c.domain() + ": its checks stay the database's");
    }
}
