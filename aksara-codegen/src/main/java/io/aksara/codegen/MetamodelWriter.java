package io.aksara.codegen;

import io.aksara.fields.OnDelete;
import io.aksara.kinds.FieldKinds;
import io.aksara.meta.FieldAccess;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ManyToManyMeta;
import io.aksara.meta.Metamodels;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.meta.PrimitiveAccess;
import io.aksara.metamodel.ManyPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Generated;
import javax.lang.model.util.Elements;

/**
 * Writes the metamodel class of one model ({@code Product_}): a {@code META} constant that builds
 * and registers the model's {@link ModelMeta}, with field accessors as plain lambdas (no
 * reflection at run time), and one typed path constant per field. Only options that differ from
 * the runtime defaults are written, so the file reads like the model it describes.
 */
final class MetamodelWriter {
    /** The value of {@code @Generated}. */
    static final String GENERATOR = ModelProcessor.class.getCanonicalName();

    private static final List<Class<?>> ALWAYS_IMPORTED =
            List.of(FieldAccess.class, FieldMeta.class, FieldKinds.class, Metamodels.class, ModelMeta.class, ModelRegistry.class);

    private final Elements elements;

    MetamodelWriter(Elements elements) {
        this.elements = elements;
    }

    /**
     * A generated file.
     *
     * @param qualifiedName the metamodel class
     * @param text          its source
     * @param leadingNames  identifiers the source relies on; a model field with one of these names would obscure it
     */
    record Source(String qualifiedName, String text, Set<String> leadingNames) {}

    Source write(ModelSpec spec) {
        SortedSet<String> imports = new TreeSet<>();
        ALWAYS_IMPORTED.forEach(c -> imports.add(c.getCanonicalName()));
        spec.fields().forEach(f -> imports.add(f.path().className()));
        if (!spec.manyToMany().isEmpty()) {
            imports.add(ManyToManyMeta.class.getCanonicalName());
            imports.add(ManyPath.class.getCanonicalName());
        }
        if (spec.generatedAnnotation()) {
            imports.add(Generated.class.getCanonicalName());
        }
        boolean rowReader = RowReaderWriter.applies(spec);
        if (rowReader) {
            imports.addAll(RowReaderWriter.imports());
        }
        boolean columnWriter = ColumnWriterWriter.applies(spec);
        if (spec.fields().stream().anyMatch(f -> unboxedFactory(f) != null)) {
            imports.add(PrimitiveAccess.class.getCanonicalName());
        }
        TypeNamer names = new TypeNamer(elements, spec.packageName(), imports);
        String model = names.name(spec.element());

        SourceWriter body = new SourceWriter();
        // first, before META links against the runtime's builders: a stale metamodel fails with a
        // message saying to rebuild, not a NoSuchMethodError
        body.line(1, "static { Metamodels.requireGeneratedBy(" + Metamodels.GENERATED_CODE_LEVEL + ", "
                + spec.metamodelName() + ".class); }");
        body.blank();
        body.line(1, "/** The metadata of {@link " + model + "}, registered when this class is initialised. */");
        body.line(1, "public static final ModelMeta<" + model + "> META = ModelRegistry.register(");
        body.line(3, "ModelMeta.builder(" + model + ".class, " + model + "::new)");
        body.line(5, ".table(" + SourceWriter.literal(spec.table()) + ")");
        if (spec.parentLink() != null) {
            body.line(5, ".parentLink(" + SourceWriter.literal(spec.parentLink().name()) + ")");
        }
        if (spec.proxyFor() != null) {
            body.line(5, ".proxyFor(" + names.name(spec.proxyFor()) + ".class)");
        }
        if (!spec.ordering().isEmpty()) {
            body.line(5, ".ordering(" + SourceWriter.literals(spec.ordering()) + ")");
        }
        if (!spec.compositeKey().isEmpty()) {
            body.line(5, ".compositeKey(" + SourceWriter.literals(spec.compositeKey()) + ")");
        }
        for (ModelSpec.IndexSpec index : spec.indexes()) {
            body.line(5, (index.unique() ? ".uniqueTogether(" : ".index(") + SourceWriter.literal(index.name()) + ", "
                    + SourceWriter.literals(index.fields()) + ")");
        }
        for (FieldSpec field : spec.fields()) {
            writeField(body, names, model, field, spec.parentLink());
        }
        for (ManyToManySpec m : spec.manyToMany()) {
            writeManyToMany(body, names, model, m);
        }
        if (rowReader) {
            body.line(5, RowReaderWriter.registration(spec));
        }
        if (columnWriter) {
            body.line(5, ColumnWriterWriter.registration(spec));
        }
        body.line(5, ".build());");
        body.blank();
        for (FieldSpec field : spec.fields()) {
            body.line(1, pathDeclaration(names, model, field));
        }
        for (ManyToManySpec m : spec.manyToMany()) {
            body.line(1, "public static final ManyPath<" + model + ", " + names.name(m.target()) + "> " + m.name()
                    + " = new ManyPath<>(" + SourceWriter.literal(m.name()) + ");");
        }
        body.blank();
        if (rowReader) {
            RowReaderWriter.write(body, names, elements, model, spec);
            body.blank();
        }
        if (columnWriter) {
            ColumnWriterWriter.write(body, names, elements, model, spec);
            body.blank();
        }
        body.line(1, "private " + spec.metamodelName() + "() {}");
        body.line(0, "}");

        SourceWriter file = new SourceWriter();
        if (!spec.packageName().isEmpty()) {
            file.line(0, "package " + spec.packageName() + ";").blank();
        }
        imports.forEach(i -> file.line(0, "import " + i + ";"));
        file.blank();
        file.line(0, "/**");
        file.line(0, " * The metamodel of {@link " + model + "}: its metadata and typed paths for queries. Generated by Aksara; do not edit.");
        file.line(0, " */");
        if (spec.generatedAnnotation()) {
            file.line(0, "@Generated(" + SourceWriter.literal(GENERATOR) + ")");
        }
        if (!spec.suppressions().isEmpty()) {
            // only when the model or a field is deprecated: using them here would warn otherwise
            List<String> sorted = new ArrayList<>(new TreeSet<>(spec.suppressions()));
            file.line(0, "@SuppressWarnings(" + (sorted.size() == 1 ? SourceWriter.literal(sorted.getFirst())
                    : "{" + SourceWriter.literals(sorted) + "}") + ")");
        }
        file.line(0, "public final class " + spec.metamodelName() + " {");
        return new Source(spec.metamodelQualifiedName(), file + body.toString(), names.leadingNames());
    }

    private void writeField(SourceWriter out, TypeNamer names, String model, FieldSpec f, ParentLink link) {
        out.line(5, ".field(FieldMeta.<" + model + ", " + names.render(f.valueType()) + ">builder("
                + SourceWriter.literal(f.name()) + ", FieldKinds.get(" + names.name(f.kindClass()) + ".class), "
                + (f.javaClass() == null ? names.render(f.valueType()) : names.name(f.javaClass())) + ".class)");
        StringBuilder options = new StringBuilder(".column(").append(SourceWriter.literal(f.column())).append(')');
        flag(options, "primaryKey", f.primaryKey());
        flag(options, "nullable", f.nullable());
        flag(options, "unique", f.unique());
        flag(options, "dbIndex", f.dbIndex());
        flag(options, "primitive", f.primitive());
        if (f.maxLength() != null) {
            options.append(".maxLength(").append(f.maxLength()).append(')');
        }
        if (f.maxDigits() != null) {
            options.append(".digits(").append(f.maxDigits()).append(", ").append(f.decimalPlaces()).append(')');
        }
        flag(options, "autoNow", f.autoNow());
        flag(options, "autoNowAdd", f.autoNowAdd());
        flag(options, "autoGenerate", f.autoGenerate());
        out.line(7, options.toString());
        if (!f.choices().isEmpty()) {
            out.line(7, ".choices(" + SourceWriter.literals(f.choices()) + ")");
        }
        if (f.explicitDefault() != null) {
            out.line(7, ".explicitDefault(" + SourceWriter.literal(f.explicitDefault()) + ")");
        }
        if (f.dbDefault() != null) {
            out.line(7, ".dbDefault(" + SourceWriter.literal(f.dbDefault()) + ")");
        }
        io.aksara.fields.GeneratedField generated = f.element().getAnnotation(io.aksara.fields.GeneratedField.class);
        if (generated != null) {
            out.line(7, ".generatedAs(" + SourceWriter.literal(generated.expression()) + ", " + generated.stored() + ")");
        }
        if (f.dbType() != null) {
            out.line(7, ".dbType(" + SourceWriter.literal(f.dbType()) + ")");
        }
        if (f.relation() != null) {
            FieldSpec.Relation r = f.relation();
            String onDelete = names.name(elements.getTypeElement(OnDelete.class.getCanonicalName()));
            out.line(7, ".relation(" + names.name(r.target()) + ".class, " + onDelete + "." + r.onDelete() + ", "
                    + SourceWriter.literal(r.relatedName()) + ")" + (r.oneToOne() ? ".oneToOne(true)" : ""));
            if (r.onUpdate() != null && !r.onUpdate().equals("NO_ACTION")) {
                out.line(7, ".onUpdate(" + io.aksara.fields.OnUpdate.class.getCanonicalName() + "." + r.onUpdate() + ")");
            }
            if (r.constraintName() != null) {
                out.line(7, ".constraintName(" + SourceWriter.literal(r.constraintName()) + ")");
            }
            if (r.onDeleteValue() != null) {
                out.line(7, ".onDeleteValue(" + SourceWriter.literal(r.onDeleteValue()) + ")");
            }
            if (r.compositeColumns() != null) {
                out.line(7, ".compositeTarget(" + String.join(", ", r.compositeColumns().stream().map(SourceWriter::literal).toList()) + ")");
            }
        }
        if (link != null && f.name().equals(link.name())) {
            out.line(7, link.access(names.name(link.parent())));
        } else {
            out.line(7, ".access(" + accessFactory(names, f) + "(m -> m." + f.name() + ", (m, v) -> m." + f.name() + " = v)).build())");
        }
    }

    /**
     * {@code FieldAccess.of}, or for a {@code long}, {@code int}, {@code boolean} or {@code double}
     * field the {@code PrimitiveAccess} factory that reads and writes it unboxed (bulk writes bind it
     * with a typed setter, row reading sets it from a typed getter).
     */
    private String accessFactory(TypeNamer names, FieldSpec f) {
        String unboxed = unboxedFactory(f);
        return unboxed == null ? "FieldAccess.of"
                : names.name(elements.getTypeElement(PrimitiveAccess.class.getCanonicalName())) + "." + unboxed;
    }

    static String unboxedFactory(FieldSpec f) {
        return !f.primitive() ? null : switch (f.valueType().toString()) {
            case "java.lang.Long" -> "longField";
            case "java.lang.Integer" -> "intField";
            case "java.lang.Boolean" -> "booleanField";
            case "java.lang.Double" -> "doubleField";
            default -> null;
        };
    }

    private static void writeManyToMany(SourceWriter out, TypeNamer names, String model, ManyToManySpec m) {
        String target = names.name(m.target());
        // a generated through model is a class of this package written in the same round: its simple name is safe
        String through = m.autoCreated() ? m.autoThrough() : names.name(m.through());
        out.line(5, ".manyToMany(ManyToManyMeta.<" + model + ", " + target + ">builder(" + SourceWriter.literal(m.name())
                + ", " + target + ".class)");
        out.line(7, ".through(" + through + ".class, " + SourceWriter.literal(m.sourceField()) + ", "
                + SourceWriter.literal(m.targetField()) + ", " + m.autoCreated() + ")");
        StringBuilder options = new StringBuilder();
        if (m.symmetrical()) {
            options.append(".symmetrical(true)");
        }
        if (m.relatedName() != null) {
            options.append(".relatedName(").append(SourceWriter.literal(m.relatedName())).append(')');
        }
        if (!options.isEmpty()) {
            out.line(7, options.toString());
        }
        out.line(7, ".holder((m, v) -> m." + m.name() + " = v).build())");
    }

    private static void flag(StringBuilder options, String name, boolean value) {
        if (value) {
            options.append('.').append(name).append("(true)");
        }
    }

    private static String pathDeclaration(TypeNamer names, String model, FieldSpec f) {
        PathKind path = f.path();
        String args = switch (path.argument()) {
            case NONE -> model;
            case VALUE -> model + ", " + names.render(f.valueType());
            case TARGET -> model + ", " + names.name(f.relation().target());
        };
        return "public static final " + path.simpleName() + "<" + args + "> " + f.name() + " = new "
                + path.simpleName() + "<>(" + SourceWriter.literal(f.name()) + ");";
    }
}
