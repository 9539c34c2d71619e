package io.aksara.codegen;

import io.aksara.Ref;
import io.aksara.fields.OnDelete;
import io.aksara.meta.FieldType;
import io.aksara.meta.SqlNames;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * The target of a foreign key or one-to-one field, from {@code Ref<Target>}, {@code to} or
 * {@code toModel}, and whether its on_delete rule has what it writes. Problems go to the model's
 * {@link ModelScan}.
 */
final class RelationCheck {
    private final ModelScan scan;
    private final ModelScanner scanner;

    RelationCheck(ModelScan scan) {
        this.scan = scan;
        this.scanner = scan.scanner;
    }

    /** The target of a foreign key, from {@code Ref<Target>} or {@code to()}; null after reporting a problem. */
    FieldSpec.Relation relation(VariableElement field, DeclaredType ref, AnnotationValues a, String defaultText,
            String where) {
        String ann = "@" + a.mirror().getAnnotationType().asElement().getSimpleName();
        TypeMirror to = a.type("to");
        TypeElement toTarget = null;
        if (to != null && to.getKind() == TypeKind.DECLARED && !scanner.isClass(to, ModelScanner.MODEL)) {
            toTarget = (TypeElement) scanner.types.asElement(to);
        }
        String toModel = a.string("toModel");
        if (!toModel.isEmpty()) {
            if (toTarget != null) {
                scan.error(field, a.mirror(), where + ": " + ann + " has both to and toModel; keep one");
                return null;
            }
            toTarget = scan.packageName.isEmpty() ? null : scanner.elements.getTypeElement(scan.packageName + "." + toModel);
            if (toTarget == null) {
                toTarget = scanner.elements.getTypeElement(toModel);
            }
            if (toTarget == null) {
                scan.error(field, a.mirror(), where + ": " + ann + "(toModel = \"" + toModel + "\") names no class: "
                        + "looked for " + (scan.packageName.isEmpty() ? "" : scan.packageName + "." + toModel + " and ")
                        + toModel);
                return null;
            }
        }
        TypeElement declared = null;
        TypeMirror bound = null;
        if (!ref.getTypeArguments().isEmpty()) {
            TypeMirror arg = ref.getTypeArguments().getFirst();
            if (arg.getKind() == TypeKind.DECLARED) {
                declared = (TypeElement) scanner.types.asElement(arg);
            } else if (arg instanceof WildcardType w && w.getExtendsBound() != null) {
                bound = w.getExtendsBound();
            }
        }
        TypeElement target;
        if (declared != null) {
            if (toTarget != null && !toTarget.equals(declared)) {
                scan.error(field, a.mirror(), where + ": " + ann + "(to = " + scanner.relativeName(toTarget) + ".class) "
                        + "contradicts the declared type " + ref + "; drop to()");
                return null;
            }
            target = declared;
        } else if (toTarget != null) {
            if (bound != null && !scanner.types.isAssignable(toTarget.asType(), bound)) {
                scan.error(field, a.mirror(), where + ": " + ann + "(to = " + scanner.relativeName(toTarget) + ".class) "
                        + "does not fit the declared type " + ref);
                return null;
            }
            target = toTarget;
        } else {
            scan.error(field, a.mirror(), where + ": " + ann + " cannot tell the target model from " + ref
                    + "; declare the field as Ref<Target>, or set " + ann + "(to = Target.class)");
            return null;
        }
        if (!scanner.isModel(target)) {
            scan.error(field, a.mirror(), where + ": " + ann + " needs a concrete model as target, but "
                    + scanner.relativeName(target) + (scanner.ancestry(target) == ModelScanner.Ancestry.MODEL_SUBCLASS
                    ? " is abstract and has no table" : " does not extend io.aksara.Model"));
            return null;
        }
        if (!scanner.accessibleFrom(target, scan.packageName)) {
            scan.error(field, a.mirror(), where + ": the target model " + target.getQualifiedName() + " is not "
                    + "accessible from package " + ModelScanner.displayPackage(scan.packageName) + ", where the generated metamodel lives");
            return null;
        }
        boolean oneToOne = a.mirror().getAnnotationType().toString().equals(io.aksara.fields.OneToOne.class.getCanonicalName());
        List<String> compositeColumns = null;
        if (scanner.hasCompositeKey(target)) {
            compositeColumns = CompositeForeignKeyCheck.columns(scan, scanner, field, a, target, ann, oneToOne, where);
            if (compositeColumns == null) {
                return null;
            }
        } else if (!a.strings("columns").isEmpty()) {
            scan.error(field, a.mirror(), where + ": columns is for a foreign key to a model with a composite primary key, and "
                    + scanner.relativeName(target) + " has a single-column key; name its column with dbColumn");
            return null;
        }
        scan.deprecation(target);
        String onDelete = a.enumConstant("onDelete");
        boolean nullable = a.bool("nullable");
        if (!onDeleteRuleFits(field, a, target, onDelete, nullable, defaultText, where)) {
            return null;
        }
        String relatedName = relatedNameFor(a.string("relatedName"));
        String onDeleteValue = a.string("onDeleteValue");
        String constraintName = a.string("constraintName").strip();
        // a name goes into DDL: letters, digits and underscores only, within PostgreSQL's 63 characters
        if (!constraintName.isEmpty() && SqlNames.constraintNameProblem(constraintName) != null) {
            scan.error(field, a.mirror(), where + ": constraintName " + SourceWriter.literal(constraintName) + " "
                    + SqlNames.constraintNameProblem(constraintName));
            return null;
        }
        return new FieldSpec.Relation(target, onDelete, relatedName.isEmpty() ? null : relatedName, oneToOne,
                onDeleteValue.isEmpty() ? null : onDeleteValue, a.enumConstant("onUpdate"), compositeColumns,
                constraintName.isEmpty() ? null : constraintName);
    }

    /** Each on_delete rule needs what it writes: NULL a nullable column, SET_DEFAULT a default, SET a value. */
    boolean onDeleteRuleFits(VariableElement field, AnnotationValues a, TypeElement target, String onDelete,
            boolean nullable, String defaultText, String where) {
        String value = a.string("onDeleteValue");
        boolean hasValue = !value.isEmpty();
        boolean hasDefault = defaultText != null;
        if (OnDelete.SET_NULL.name().equals(onDelete) && !nullable) {
            scan.error(field, a.mirror(), where + ": onDelete = SET_NULL needs nullable = true, or the column could "
                    + "not be set to NULL");
            return false;
        }
        if (OnDelete.SET_DEFAULT.name().equals(onDelete) && !hasDefault && !nullable) {
            // a nullable key's default is NULL, as in Django
            scan.error(field, a.mirror(), where + ": onDelete = SET_DEFAULT needs a default to set; add "
                    + "@Default(\"<target key>\") to the field, or make it nullable (its default is then NULL)");
            return false;
        }
        if (OnDelete.SET.name().equals(onDelete) && !hasValue) {
            scan.error(field, a.mirror(), where + ": onDelete = SET needs the key to set; add onDeleteValue = "
                    + "\"<target key>\" to the " + "@" + a.mirror().getAnnotationType().asElement().getSimpleName());
            return false;
        }
        if (hasValue && !OnDelete.SET.name().equals(onDelete)) {
            scan.error(field, a.mirror(), where + ": onDeleteValue is only used by onDelete = SET, but the rule is "
                    + onDelete + "; remove onDeleteValue or use onDelete = OnDelete.SET");
            return false;
        }
        String written = hasValue ? value : OnDelete.SET_DEFAULT.name().equals(onDelete) ? defaultText : null;
        FieldType keyType = written == null ? null : keyType(target);
        String why = keyType == null ? null : DefaultValues.problem(keyType, written);
        if (why != null) {
            scan.error(field, a.mirror(), where + ": " + (hasValue ? "onDeleteValue" : "@Default") + " "
                    + SourceWriter.literal(written) + " is not a key of " + scanner.relativeName(target) + " ("
                    + keyType.displayName() + "): " + why);
            return false;
        }
        return true;
    }

    /**
     * The column type of a model's primary key: the field marked {@code primaryKey = true} in its
     * class or a superclass, else the implicit 64-bit {@code id}; null when a superclass does not
     * compile yet.
     */
    FieldType keyType(TypeElement target) {
        List<TypeElement> classes = scanner.hierarchy(target);
        if (classes == null) {
            return null;
        }
        for (TypeElement t : classes) {
            for (VariableElement f : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                for (AnnotationMirror m : f.getAnnotationMirrors()) {
                    KindSpec kind = KindSpec.of(m, scanner.types);
                    if (kind != null && !kind.isRelation() && new AnnotationValues(scanner.elements, m).bool("primaryKey")) {
                        return kind.type(); // null for a kind of your own: its key text is checked at run time
                    }
                }
            }
        }
        return FieldType.BIG_INTEGER;
    }

    /**
     * A relation declared on an abstract base is declared again by every subclass, so its reverse
     * name may carry Django's placeholders: {@code %(class)s}, the subclass's name in lower case,
     * and {@code %(app_label)s}, the last part of its package name.
     */
    String relatedNameFor(String declared) {
        String app = scan.packageName.substring(scan.packageName.lastIndexOf('.') + 1);
        return declared.replace("%(class)s", scan.model.getSimpleName().toString().toLowerCase(Locale.ROOT))
                .replace("%(app_label)s", app);
    }
}
