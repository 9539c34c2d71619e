package io.aksara.codegen;

import io.aksara.Ref;
import io.aksara.fields.Default;
import io.aksara.meta.FieldType;
import io.aksara.meta.Naming;
import io.aksara.meta.SqlNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * One field of a model read into a {@link FieldSpec}: its one field annotation, the Java type that
 * annotation needs (a {@code Ref}, an enum, a JSON document, an array list, a plain value), its
 * modifiers, lengths, digits, choices and {@code @Default}. Problems go to the model's {@link ModelScan}.
 */
final class FieldScan {
    private final ModelScan scan;
    private final ModelScanner scanner;

    FieldScan(ModelScan scan) {
        this.scan = scan;
        this.scanner = scan.scanner;
    }

    FieldSpec field(VariableElement field) {
        List<KindSpec> kinds = new ArrayList<>();
        List<AnnotationMirror> mirrors = new ArrayList<>();
        AnnotationMirror defaultMirror = null;
        AnnotationMirror dbDefaultMirror = null;
        AnnotationMirror generatedMirror = null;
        for (AnnotationMirror a : field.getAnnotationMirrors()) {
            String name = ModelScanner.annotationName(a);
            KindSpec kind = KindSpec.of(a, scanner.types);
            if (kind != null) {
                kinds.add(kind);
                mirrors.add(a);
            } else if (name.equals(ModelScanner.DEFAULT)) {
                defaultMirror = a;
            } else if (name.equals(ModelScanner.DB_DEFAULT)) {
                dbDefaultMirror = a;
            } else if (name.equals(GeneratedFieldCheck.ANNOTATION)) {
                generatedMirror = a;
            }
        }
        String where = scan.where(field);
        if (kinds.isEmpty()) {
            if (defaultMirror != null) {
                scan.error(field, defaultMirror, where + ": @Default needs a field annotation on the same field, "
                        + "such as @IntegerField");
            }
            if (dbDefaultMirror != null) {
                scan.error(field, dbDefaultMirror, where + ": @DbDefault needs a field annotation on the same field, "
                        + "such as @DateTimeField");
            }
            if (generatedMirror != null) {
                scan.error(field, generatedMirror, where + ": @GeneratedField needs a field annotation on the same field "
                        + "for the column's type (Django's output_field), such as @DecimalField");
            }
            return null;
        }
        if (kinds.size() > 1) {
            scan.error(field, where + ": has both " + kinds.get(0).display() + " and " + kinds.get(1).display()
                    + "; a field takes exactly one field annotation");
            return null;
        }
        KindSpec kind = kinds.getFirst();
        AnnotationValues a = new AnnotationValues(scanner.elements, mirrors.getFirst());
        int before = scan.problems.size();
        checkModifiers(field, kind, a, where);

        TypeMirror type = scanner.types.asMemberOf((DeclaredType) scan.model.asType(), field);
        if (scanner.containsError(type)) {
            scan.deferred = true;
            return null;
        }
        boolean primitive = type.getKind().isPrimitive();
        TypeMirror valueType;
        TypeElement javaClass = kind.javaClass();
        FieldSpec.Relation relation = null;
        if (kind.isRelation()) {
            if (!scanner.isClass(type, ModelScanner.REF)) {
                wrongType(field, kind, a, type, where);
                return null;
            }
            String defaultText = defaultMirror == null ? null : new AnnotationValues(scanner.elements, defaultMirror).string("value");
            relation = new RelationCheck(scan).relation(field, (DeclaredType) type, a, defaultText, where);
            if (relation == null) {
                return null;
            }
            // a raw Ref is spelled Ref<?>: same values, and the generated code stays free of raw types
            valueType = ((DeclaredType) type).getTypeArguments().isEmpty()
                    ? scanner.types.getDeclaredType(javaClass, scanner.types.getWildcardType(null, null))
                    : type;
        } else if (kind.isEnum()) {
            // the field's own enum is its Java type; its constants are the choices
            if (!EnumConstants.isEnum(type, scanner.types)) {
                wrongType(field, kind, a, type, where);
                return null;
            }
            valueType = type;
            javaClass = (TypeElement) scanner.types.asElement(type);
        } else if (kind.is(FieldType.JSON)) {
            // a document: a map, a list, or anything JSON can hold; the declared type is kept as it is
            if (!scanner.isClass(type, "java.util.Map") && !scanner.isClass(type, "java.util.List") && !scanner.isClass(type, "java.lang.Object")) {
                wrongType(field, kind, a, type, where);
                return null;
            }
            valueType = type;
        } else if (kind.is(FieldType.ARRAY)) {
            // a list of the kind's element type, kept as declared (List<String>)
            TypeMirror expected = KindSpec.valueType(kind.kindClass().asType(), scanner.types);
            if (!scanner.types.isSameType(type, expected)) {
                scan.error(field, a.mirror(), where + ": " + kind.display() + " needs a field of type " + expected
                        + ", but it is declared as " + scanner.describe(type));
                return null;
            }
            valueType = type;
        } else if (kind.arrayType() != null) {
            if (!scanner.types.isSameType(type, kind.arrayType())) {
                wrongType(field, kind, a, type, where);
                return null;
            }
            valueType = type;
        } else {
            boolean matches = primitive ? type.getKind() == kind.primitive() : scanner.isClass(type, kind.javaClassName());
            if (!matches) {
                wrongType(field, kind, a, type, where);
                return null;
            }
            valueType = javaClass.asType();
        }

        String name = field.getSimpleName().toString();
        boolean nullable = a.bool("nullable");
        boolean primaryKey = a.bool("primaryKey");
        if (primitive && nullable) {
            scan.error(field, a.mirror(), where + ": " + kind.display() + "(nullable = true) cannot be stored in a "
                    + "primitive " + type + ", which has no null; use " + javaClass.getSimpleName() + " instead of "
                    + type);
        }
        if (nullable && primaryKey) {
            scan.error(field, a.mirror(), where + ": a primary key cannot be nullable; remove nullable = true");
        }
        List<String> constants = kind.isEnum() ? EnumConstants.names(javaClass) : null;
        Integer maxLength = constants != null ? Integer.valueOf(EnumConstants.longest(constants)) : maxLength(field, kind, a, where);
        Integer maxDigits = null;
        Integer decimalPlaces = null;
        // a kind of your own that declares digits gets them too, checked the same way
        if (kind.is(FieldType.DECIMAL) || kind.type() == null && a.integer("maxDigits") != null) {
            maxDigits = a.integer("maxDigits");
            decimalPlaces = a.integer("decimalPlaces") == null ? 0 : a.integer("decimalPlaces");
            if (maxDigits < 1 || decimalPlaces < 0 || decimalPlaces > maxDigits) {
                scan.error(field, a.mirror(), where + ": " + kind.display() + " needs maxDigits >= 1 and 0 <= decimalPlaces <= "
                        + "maxDigits, got maxDigits = " + maxDigits + ", decimalPlaces = " + decimalPlaces);
            }
        }
        List<String> choices = constants != null ? constants : choices(field, kind, a, maxLength, where);
        if (a.bool("autoNow") && a.bool("autoNowAdd")) {
            scan.error(field, a.mirror(), where + ": autoNow and autoNowAdd exclude each other; autoNow sets the "
                    + "value on every save, autoNowAdd only on insert");
        }
        String explicitDefault = null;
        if (defaultMirror != null) {
            explicitDefault = new AnnotationValues(scanner.elements, defaultMirror).string("value");
            // a kind of your own parses its default at run time, when its class is loaded
            String why = kind.type() == null ? null : DefaultValues.problem(kind.type(), explicitDefault);
            if (why != null) {
                scan.error(field, defaultMirror, where + ": @Default(" + SourceWriter.literal(explicitDefault)
                        + ") is not a valid " + kind.type().displayName() + " value: " + why);
            }
        }
        String dbDefault = dbDefaultMirror == null ? null : new AnnotationValues(scanner.elements, dbDefaultMirror).string("value");
        if (dbDefault != null) {
            dbDefaultProblems(field, dbDefaultMirror, dbDefault, explicitDefault, primitive, type, where);
        }
        GeneratedFieldCheck.field(scan, field, generatedMirror, kind, a, defaultMirror != null || dbDefaultMirror != null, where);
        String dbType = a.string("dbType").strip();
        String dbTypeProblem = dbType.isEmpty() ? null
                : kind.isEnum() ? SqlNames.enumTypeProblem(dbType) : SqlNames.dbTypeProblem(kind.type(), dbType);
        if (dbTypeProblem != null) {
            scan.error(field, a.mirror(), where + ": " + kind.display() + "(dbType = " + SourceWriter.literal(dbType) + ") "
                    + dbTypeProblem);
        }
        String dbColumn = a.string("dbColumn");
        String columnProblem = dbColumn.isEmpty() ? null : SqlNames.identifierProblem(dbColumn);
        if (columnProblem != null) {
            scan.error(field, a.mirror(), where + ": dbColumn " + SourceWriter.literal(dbColumn) + " " + columnProblem
                    + "; use " + SqlNames.IDENTIFIER_RULE);
        }
        if (scan.problems.size() > before) {
            return null;
        }
        scan.deprecation(field);
        String column = dbColumn.isEmpty() ? Naming.columnName(name, kind.isRelation() ? FieldType.FOREIGN_KEY : null) : dbColumn;
        return new FieldSpec(field, name, kind.kindClass(), kind.path(), valueType, javaClass, primitive, column,
                primaryKey, nullable, a.bool("unique") || kind.oneToOne(), a.bool("dbIndex"), maxLength, maxDigits, decimalPlaces,
                a.bool("autoNow"), a.bool("autoNowAdd"), a.bool("autoGenerate"), choices, explicitDefault, dbDefault,
                dbType.isEmpty() ? null : dbType, relation);
    }

    /** A database default needs SQL, a field that can be unset (null), and no second default beside it. */
    private void dbDefaultProblems(VariableElement field, AnnotationMirror mirror, String sql, String explicitDefault,
            boolean primitive, TypeMirror type, String where) {
        if (sql.isBlank()) {
            scan.error(field, mirror, where + ": @DbDefault needs the SQL expression of the default, e.g. "
                    + "@DbDefault(\"CURRENT_TIMESTAMP\")");
        }
        if (explicitDefault != null) {
            scan.error(field, mirror, where + ": has both @Default and @DbDefault; keep one: @Default is a value "
                    + "Aksara writes, @DbDefault an expression the database computes");
        }
        if (primitive) {
            scan.error(field, mirror, where + ": @DbDefault needs a field that can be left unset, but a primitive "
                    + type + " is never null; use its boxed type");
        }
    }

    void checkModifiers(VariableElement field, KindSpec kind, AnnotationValues a, String where) {
        Set<Modifier> modifiers = field.getModifiers();
        if (modifiers.contains(Modifier.STATIC)) {
            scan.error(field, a.mirror(), where + ": a " + kind.display() + " field must not be static; a column "
                    + "holds one value per row, so it needs an instance field");
        }
        if (modifiers.contains(Modifier.FINAL)) {
            scan.error(field, a.mirror(), where + ": a " + kind.display() + " field must not be final; Aksara "
                    + "assigns it when loading rows");
        }
        TypeElement owner = (TypeElement) field.getEnclosingElement();
        if (modifiers.contains(Modifier.PRIVATE)) {
            scan.error(field, a.mirror(), where + ": a " + kind.display() + " field must not be private; the "
                    + "generated metamodel reads and writes it directly; make it public");
        } else if (!modifiers.contains(Modifier.PUBLIC) && !scanner.packageOf(owner).equals(scan.packageName)) {
            scan.error(field, a.mirror(), where + ": the field is not public, and " + scanner.relativeName(owner)
                    + " is in another package than " + scan.modelName + ", so the generated metamodel in package "
                    + ModelScanner.displayPackage(scan.packageName) + " cannot access it; make it public");
        }
    }

    void wrongType(VariableElement field, KindSpec kind, AnnotationValues a, TypeMirror type, String where) {
        scan.error(field, a.mirror(), where + ": " + kind.display() + " needs a field of type " + kind.expectedType()
                + ", but it is declared as " + scanner.describe(type));
    }

    Integer maxLength(VariableElement field, KindSpec kind, AnnotationValues a, String where) {
        if (kind.type() == null) {
            Integer n = a.integer("maxLength"); // a kind of your own that declares a length
            return n != null && n > 0 ? n : null;
        }
        return switch (kind.type()) {
            case STRING, EMAIL -> {
                int n = a.integer("maxLength");
                if (n < 1) {
                    scan.error(field, a.mirror(), where + ": " + kind.display() + " needs maxLength >= 1, got " + n);
                }
                yield n;
            }
            case TEXT, BINARY -> {
                int n = a.integer("maxLength");
                if (n < 0) {
                    scan.error(field, a.mirror(), where + ": " + kind.display() + " needs maxLength >= 0 (0 = unbounded), got " + n);
                }
                yield n > 0 ? n : null;
            }
            default -> null;
        };
    }

    List<String> choices(VariableElement field, KindSpec kind, AnnotationValues a, Integer maxLength,
            String where) {
        if (kind.is(FieldType.INTEGER) || kind.is(FieldType.SMALL_INTEGER)) {
            return a.ints("choices").stream().map(String::valueOf).toList();
        }
        if (!kind.is(FieldType.STRING)) {
            return List.of();
        }
        List<String> choices = a.strings("choices");
        for (String c : choices) {
            if (maxLength != null && c.length() > maxLength) {
                scan.error(field, a.mirror(), where + ": the choice " + SourceWriter.literal(c) + " is longer than "
                        + "maxLength = " + maxLength);
            }
        }
        return choices;
    }
}
