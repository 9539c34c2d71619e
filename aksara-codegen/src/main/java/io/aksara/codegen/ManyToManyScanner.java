package io.aksara.codegen;

import io.aksara.Many;
import io.aksara.Model;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.ManyToMany;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @ManyToMany} field: its {@code Many<Target>} type, the target model, and either
 * the user's through model (whose two foreign keys it finds, or takes from {@code throughFields})
 * or the names of the join model Aksara generates.
 */
final class ManyToManyScanner {
    static final String ANNOTATION = ManyToMany.class.getCanonicalName();
    private static final String MANY = Many.class.getCanonicalName();
    private static final String MODEL = Model.class.getCanonicalName();
    private static final String FOREIGN_KEY = ForeignKey.class.getCanonicalName();

    private final ModelScanner scanner;
    private final Types types;

    ManyToManyScanner(ModelScanner scanner, Types types) {
        this.scanner = scanner;
        this.types = types;
    }

    /** What a scan produced: a spec, or problems, or neither when a type is not available yet. */
    record Outcome(ManyToManySpec spec, List<Problem> problems, boolean deferred) {}

    /**
     * @param model    the concrete model being scanned (the owner)
     * @param where    {@code Post.tags}, for messages
     * @param mirror   the {@code @ManyToMany} annotation on the field
     */
    Outcome scan(TypeElement model, VariableElement field, AnnotationMirror mirror, AnnotationValues a, String where,
            String packageName) {
        List<Problem> problems = new ArrayList<>();
        Set<Modifier> modifiers = field.getModifiers();
        if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.FINAL)) {
            problems.add(new Problem(field, mirror, where + ": a @ManyToMany field must be neither static nor final;"
                    + " Aksara assigns each new instance its own Many"));
        }
        if (modifiers.contains(Modifier.PRIVATE) || (!modifiers.contains(Modifier.PUBLIC)
                && !scanner.packageName(field.getEnclosingElement()).equals(packageName))) {
            problems.add(new Problem(field, mirror, where + ": a @ManyToMany field must be public (or in the package "
                    + "of the model); the generated metamodel assigns it"));
        }
        TypeMirror type = types.asMemberOf((DeclaredType) model.asType(), field);
        if (scanner.hasError(type)) {
            return new Outcome(null, List.of(), true);
        }
        if (!scanner.isClass(type, MANY)) {
            problems.add(new Problem(field, mirror, where + ": @ManyToMany needs a field of type io.aksara.Many<T> "
                    + "with T a model class, but it is declared as " + type));
            return new Outcome(null, problems, false);
        }
        TypeElement target = target(field, mirror, a, (DeclaredType) type, where, packageName, problems);
        if (target == null) {
            return new Outcome(null, problems, false);
        }
        boolean self = target.equals(model);
        boolean symmetrical = self && a.bool("symmetrical");
        String relatedName = a.string("relatedName");
        String dbTable = a.string("dbTable");
        TypeMirror throughType = a.type("through");
        TypeElement through = null;
        if (throughType != null && throughType.getKind() == TypeKind.DECLARED && !scanner.isClass(throughType, MODEL)) {
            through = (TypeElement) types.asElement(throughType);
        } else if (throughType != null && throughType.getKind() == TypeKind.ERROR) {
            return new Outcome(null, List.of(), true);
        }
        String name = field.getSimpleName().toString();
        if (through == null) {
            if (!a.strings("throughFields").isEmpty()) {
                problems.add(new Problem(field, mirror, where + ": throughFields needs a through model; without one "
                        + "Aksara generates the join model and names its foreign keys itself"));
            }
            if (!problems.isEmpty()) {
                return new Outcome(null, problems, false);
            }
            String ownerName = model.getSimpleName().toString();
            String targetName = target.getSimpleName().toString();
            boolean sameName = ownerName.equals(targetName);
            String source = fieldName(sameName ? "from" + ownerName : ownerName);
            String dest = fieldName(sameName ? "to" + targetName : targetName);
            String binary = scanner.binaryName(model);
            String simpleBinary = binary.substring(binary.lastIndexOf('.') + 1).replace('$', '_');
            return new Outcome(new ManyToManySpec(field, name, target, null, simpleBinary + "_" + name, source, dest,
                    symmetrical, relatedName.isEmpty() ? null : relatedName, dbTable.isEmpty() ? null : dbTable),
                    List.of(), false);
        }
        if (!dbTable.isEmpty()) {
            problems.add(new Problem(field, mirror, where + ": dbTable names the generated join table; with through = "
                    + scanner.relativeName(through) + ".class set @Meta(table = ...) on " + scanner.relativeName(through)));
        }
        if (!scanner.isModel(through)) {
            problems.add(new Problem(field, mirror, where + ": through = " + scanner.relativeName(through) + ".class "
                    + "must be a concrete model with a foreign key to " + model.getSimpleName() + " and one to "
                    + target.getSimpleName() + ", but it " + (scanner.ancestry(through) == ModelScanner.Ancestry.MODEL_SUBCLASS
                    ? "is abstract" : "does not extend io.aksara.Model")));
            return new Outcome(null, problems, false);
        }
        List<VariableElement> fks = new ArrayList<>();
        List<TypeElement> fkTargets = new ArrayList<>();
        for (TypeElement t : scanner.modelChain(through)) {
            for (VariableElement f : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                AnnotationMirror fk = f.getAnnotationMirrors().stream()
                        .filter(m -> ModelScanner.annotationName(m).equals(FOREIGN_KEY)).findFirst().orElse(null);
                if (fk == null) {
                    continue;
                }
                TypeElement to = foreignKeyTarget(f, new AnnotationValues(scanner.elements(), fk));
                if (to == null) {
                    return new Outcome(null, List.of(), true);
                }
                fks.add(f);
                fkTargets.add(to);
            }
        }
        String throughName = scanner.relativeName(through);
        List<String> throughFields = a.strings("throughFields");
        String source;
        String dest;
        if (!throughFields.isEmpty()) {
            if (throughFields.size() != 2) {
                problems.add(new Problem(field, mirror, where + ": throughFields takes two names, the foreign key of "
                        + throughName + " to " + model.getSimpleName() + " and the one to " + target.getSimpleName()
                        + ", got " + throughFields.size()));
                return new Outcome(null, problems, false);
            }
            source = throughFields.get(0);
            dest = throughFields.get(1);
            checkThroughField(field, mirror, where, throughName, source, model, fks, fkTargets, problems);
            checkThroughField(field, mirror, where, throughName, dest, target, fks, fkTargets, problems);
        } else {
            List<String> toOwner = namesPointingTo(model, fks, fkTargets);
            List<String> toTarget = namesPointingTo(target, fks, fkTargets);
            if (self) {
                if (toOwner.size() != 2) {
                    problems.add(new Problem(field, mirror, where + ": " + throughName + " needs exactly two foreign keys "
                            + "to " + model.getSimpleName() + " for this relation of " + model.getSimpleName()
                            + " to itself, but has " + describe(toOwner) + "; set throughFields = {\"from\", \"to\"}"));
                    return new Outcome(null, problems, false);
                }
                source = toOwner.get(0);
                dest = toOwner.get(1);
            } else {
                source = single(field, mirror, where, throughName, model, toOwner, problems);
                dest = single(field, mirror, where, throughName, target, toTarget, problems);
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems, false);
        }
        return new Outcome(new ManyToManySpec(field, name, target, through, null, source, dest, symmetrical,
                relatedName.isEmpty() ? null : relatedName, null), List.of(), false);
    }

    /** The target from {@code Many<Target>} or {@code to()}; null after reporting a problem. */
    private TypeElement target(VariableElement field, AnnotationMirror mirror, AnnotationValues a, DeclaredType many,
            String where, String packageName, List<Problem> problems) {
        TypeMirror to = a.type("to");
        TypeElement toTarget = to != null && to.getKind() == TypeKind.DECLARED && !scanner.isClass(to, MODEL)
                ? (TypeElement) types.asElement(to) : null;
        TypeElement declared = null;
        if (!many.getTypeArguments().isEmpty()) {
            TypeMirror arg = many.getTypeArguments().getFirst();
            if (arg.getKind() == TypeKind.DECLARED) {
                declared = (TypeElement) types.asElement(arg);
            } else if (arg instanceof WildcardType w && w.getExtendsBound() != null
                    && w.getExtendsBound().getKind() == TypeKind.DECLARED && toTarget == null) {
                declared = (TypeElement) types.asElement(w.getExtendsBound());
            }
        }
        TypeElement target;
        if (declared != null && toTarget != null && !toTarget.equals(declared)
                && !types.isAssignable(toTarget.asType(), declared.asType())) {
            problems.add(new Problem(field, mirror, where + ": @ManyToMany(to = " + scanner.relativeName(toTarget)
                    + ".class) contradicts the declared type " + many + "; drop to()"));
            return null;
        }
        target = toTarget != null ? toTarget : declared;
        if (target == null) {
            problems.add(new Problem(field, mirror, where + ": @ManyToMany cannot tell the target model from " + many
                    + "; declare the field as Many<Target>, or set @ManyToMany(to = Target.class)"));
            return null;
        }
        if (!scanner.isModel(target)) {
            problems.add(new Problem(field, mirror, where + ": @ManyToMany needs a concrete model as target, but "
                    + scanner.relativeName(target) + (scanner.ancestry(target) == ModelScanner.Ancestry.MODEL_SUBCLASS
                    ? " is abstract and has no table" : " does not extend io.aksara.Model")));
            return null;
        }
        if (!scanner.accessible(target, packageName)) {
            problems.add(new Problem(field, mirror, where + ": the target model " + target.getQualifiedName()
                    + " is not accessible from package " + (packageName.isEmpty() ? "(unnamed)" : packageName)
                    + ", where the generated code lives"));
            return null;
        }
        return target;
    }

    /** The model a through model's foreign key points to; null when its type is not available yet. */
    private TypeElement foreignKeyTarget(VariableElement f, AnnotationValues fk) {
        TypeMirror to = fk.type("to");
        if (to != null && to.getKind() == TypeKind.DECLARED && !scanner.isClass(to, MODEL)) {
            return (TypeElement) types.asElement(to);
        }
        TypeMirror type = f.asType();
        if (scanner.hasError(type) || !(type instanceof DeclaredType d) || d.getTypeArguments().isEmpty()
                || d.getTypeArguments().getFirst().getKind() != TypeKind.DECLARED) {
            return scanner.hasError(type) ? null : scanner.elements().getTypeElement(MODEL);
        }
        return (TypeElement) types.asElement(d.getTypeArguments().getFirst());
    }

    private void checkThroughField(VariableElement field, AnnotationMirror mirror, String where, String throughName,
            String name, TypeElement expected, List<VariableElement> fks, List<TypeElement> fkTargets,
            List<Problem> problems) {
        for (int i = 0; i < fks.size(); i++) {
            if (fks.get(i).getSimpleName().contentEquals(name)) {
                if (!fkTargets.get(i).equals(expected)) {
                    problems.add(new Problem(field, mirror, where + ": throughFields names " + throughName + "." + name
                            + ", which points to " + fkTargets.get(i).getSimpleName() + ", not to " + expected.getSimpleName()));
                }
                return;
            }
        }
        List<String> all = fks.stream().map(f -> f.getSimpleName().toString()).toList();
        problems.add(new Problem(field, mirror, where + ": throughFields names " + SourceWriter.literal(name)
                + ", which is no foreign key of " + throughName + "; its foreign keys: " + describe(all)));
    }

    private static List<String> namesPointingTo(TypeElement model, List<VariableElement> fks, List<TypeElement> targets) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < fks.size(); i++) {
            if (targets.get(i).equals(model)) {
                out.add(fks.get(i).getSimpleName().toString());
            }
        }
        return out;
    }

    private String single(VariableElement field, AnnotationMirror mirror, String where, String throughName,
            TypeElement to, List<String> names, List<Problem> problems) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        problems.add(new Problem(field, mirror, where + ": " + throughName + " has " + describe(names)
                + " to " + to.getSimpleName() + "; " + (names.isEmpty() ? "add a @ForeignKey to " + to.getSimpleName()
                : "say which one with throughFields = {\"<to the declaring model>\", \"<to the target>\"}")));
        return null;
    }

    private static String describe(List<String> names) {
        return names.isEmpty() ? "no foreign key" : names.size() + " foreign key" + (names.size() == 1 ? "" : "s")
                + " (" + String.join(", ", names) + ")";
    }

    /**
     * The Java field name for a model's simple name: {@code Post} → {@code post}, {@code URLSet} →
     * {@code urlSet}; a Java keyword ({@code Case} → {@code case}) gets a trailing underscore.
     */
    static String fieldName(String simpleName) {
        int upper = 0;
        while (upper < simpleName.length() && Character.isUpperCase(simpleName.charAt(upper))) {
            upper++;
        }
        String name;
        if (upper <= 1 || upper == simpleName.length()) {
            name = simpleName.substring(0, upper).toLowerCase(Locale.ROOT) + simpleName.substring(upper);
        } else {
            name = simpleName.substring(0, upper - 1).toLowerCase(Locale.ROOT) + simpleName.substring(upper - 1);
        }
        return SourceVersion.isKeyword(name) ? name + "_" : name;
    }
}
