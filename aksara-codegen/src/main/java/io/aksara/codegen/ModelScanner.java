package io.aksara.codegen;

import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.Default;
import io.aksara.fields.OnDelete;
import io.aksara.kinds.AutoKind;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelRegistry;
import io.aksara.meta.Naming;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a model class into a {@link ModelSpec}, checking everything the generated code and the
 * runtime rely on: field types, modifiers, accessibility, options, the primary key, column names
 * and the names used in {@link Meta}. A model with any problem yields the problems and no spec, so
 * nothing is generated for it and javac reports every mistake at once.
 */
final class ModelScanner {
    private static final String MODEL = Model.class.getCanonicalName();
    private static final String REF = Ref.class.getCanonicalName();
    private static final String META = Meta.class.getCanonicalName();
    private static final String DEFAULT = Default.class.getCanonicalName();
    private static final String GENERATED = "javax.annotation.processing.Generated";

    private final Elements elements;
    private final Types types;
    private final ManyToManyScanner manyToMany;

    ModelScanner(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.manyToMany = new ManyToManyScanner(this, types);
    }

    /**
     * What a scan produced: a spec, or the problems that prevent one, or neither when some type is
     * not available yet (it may be generated in a later round, so the model is retried then).
     */
    record Result(ModelSpec spec, List<Problem> problems, boolean deferred) {}

    /** How a class relates to {@link Model}. */
    enum Ancestry { MODEL_SUBCLASS, OTHER, UNKNOWN }

    /** Whether the class extends {@code Model} (directly or not); UNKNOWN when a superclass does not compile (yet). */
    Ancestry ancestry(TypeElement type) {
        if (type.getQualifiedName().contentEquals(MODEL)) {
            return Ancestry.OTHER;
        }
        if (type.getKind() != ElementKind.CLASS) {
            return Ancestry.OTHER;
        }
        List<TypeElement> chain = hierarchy(type);
        if (chain == null) {
            return Ancestry.UNKNOWN;
        }
        return chain.isEmpty() ? Ancestry.OTHER : Ancestry.MODEL_SUBCLASS;
    }

    /** A model: a non-abstract class that extends {@code Model}. */
    boolean isModel(TypeElement type) {
        return ancestry(type) == Ancestry.MODEL_SUBCLASS && !type.getModifiers().contains(Modifier.ABSTRACT);
    }

    Result scan(TypeElement model) {
        return new Scan(model).run();
    }

    /**
     * The classes from the one just below {@code Model} down to the type; empty when the type does not
     * extend {@code Model}; null when a superclass cannot be resolved.
     */
    private List<TypeElement> hierarchy(TypeElement type) {
        Deque<TypeElement> chain = new ArrayDeque<>();
        TypeElement t = type;
        while (!t.getQualifiedName().contentEquals(MODEL)) {
            chain.addFirst(t);
            TypeMirror superclass = t.getSuperclass();
            if (superclass.getKind() == TypeKind.NONE) {
                return List.of(); // reached Object
            }
            if (superclass.getKind() != TypeKind.DECLARED) {
                return null;
            }
            t = (TypeElement) types.asElement(superclass);
        }
        return new ArrayList<>(chain);
    }

    /** The scan of one model; collects problems instead of stopping at the first. */
    private final class Scan {
        private final TypeElement model;
        private final String modelName;
        private final String packageName;
        private final List<Problem> problems = new ArrayList<>();
        private final Set<String> suppressions = new HashSet<>();
        private boolean deferred;

        Scan(TypeElement model) {
            this.model = model;
            this.modelName = relativeName(model);
            this.packageName = packageOf(model);
        }

        Result run() {
            checkClass();
            List<TypeElement> chain = hierarchy(model);
            if (chain == null) {
                return new Result(null, List.of(), true);
            }
            List<FieldSpec> declared = new ArrayList<>();
            List<ManyToManySpec> relations = new ArrayList<>();
            List<VariableElement> annotated = new ArrayList<>();
            // what m.<name> means in the generated code: the declaration lowest in the hierarchy
            Map<String, VariableElement> visible = new LinkedHashMap<>();
            List<VariableElement> hidingId = new ArrayList<>();
            for (TypeElement type : chain) {
                for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                    String name = field.getSimpleName().toString();
                    visible.put(name, field);
                    if (name.equals("id")) {
                        hidingId.add(field);
                    }
                    FieldSpec spec = field(field);
                    if (spec != null) {
                        declared.add(spec);
                    }
                    ManyToManySpec relation = manyToMany(field);
                    if (relation != null) {
                        relations.add(relation);
                    }
                    if (spec != null || relation != null || hasFieldAnnotation(field)) {
                        annotated.add(field);
                    }
                }
            }
            for (VariableElement field : annotated) {
                VariableElement hiding = visible.get(field.getSimpleName().toString());
                if (hiding != field) {
                    error(field, where(field) + ": it is hidden by the field of the same name in "
                            + relativeName((TypeElement) hiding.getEnclosingElement())
                            + ", so the generated code could not reach it; rename one of them");
                }
            }
            if (deferred) {
                return new Result(null, List.of(), true);
            }
            ProxyShape proxy = ProxyShape.of(model, chain, elements);
            if (proxy != null) {
                problems.addAll(proxy.problems(model, chain, annotated, elements));
                relations.clear(); // a proxy's many-to-many relations are its concrete model's, found at run time
            }
            // a proxy of a multi-table child has the child's fields and link, so it reads the same rows
            ParentLink link = proxy == null ? ParentLink.of(model, chain, elements)
                    : proxy.concrete() == null ? null
                    : ParentLink.of(proxy.concrete(), chain.subList(0, chain.indexOf(proxy.concrete()) + 1), elements);
            Set<String> parentNames = new HashSet<>();
            if (link != null) { // the parent's fields live in the parent's table; this model keeps its own
                declared.stream().filter(f -> link.isParents(owner(f.element()), chain)).forEach(f -> {
                    parentNames.add(f.name());
                    parentNames.add(f.column());
                });
                declared.removeIf(f -> link.isParents(owner(f.element()), chain));
                relations.removeIf(r -> link.isParents(owner(r.element()), chain));
                checkChild(link, declared, chain);
            }
            AnnotationMirror keyFrom = link != null ? null : metaSetting(chain, "primaryKey", proxy != null);
            List<String> compositeKey = keyFrom == null ? List.of() : new AnnotationValues(elements, keyFrom).strings("primaryKey");
            List<FieldSpec> fields;
            if (link != null) {
                fields = new ArrayList<>();
                fields.add(link.field(elements, types));
                fields.addAll(declared);
            } else if (compositeKey.isEmpty()) {
                fields = withPrimaryKey(declared, hidingId);
            } else {
                fields = declared; // no implicit id: the key is the named fields
                CompositeKeyCheck.problems(modelName, compositeKey, declared, relations).forEach(p -> metaError(keyFrom, p));
            }
            checkColumns(fields);
            MetaOptions meta = metaOptions(fields, chain, proxy, link != null, parentNames);
            if (!problems.isEmpty()) {
                return new Result(null, List.copyOf(problems), false);
            }
            String binaryName = elements.getBinaryName(model).toString();
            String metamodel = ModelRegistry.metamodelName(binaryName);
            ModelSpec spec = new ModelSpec(model, binaryName, packageName,
                    metamodel.substring(metamodel.lastIndexOf('.') + 1), meta.table, meta.ordering, meta.indexes,
                    fields, compositeKey, generatedAvailable(), suppressions, relations,
                    proxy == null ? null : proxy.parent(), link);
            return new Result(spec, List.of(), false);
        }

        private static TypeElement owner(javax.lang.model.element.Element field) {
            return (TypeElement) field.getEnclosingElement();
        }

        /** What a multi-table child cannot declare: its key is the link to its parent. */
        private void checkChild(ParentLink link, List<FieldSpec> own, List<TypeElement> chain) {
            String parent = link.parent().getSimpleName().toString();
            if (!link.keyField().equals("id")) {
                error(model, modelName + " extends the concrete model " + parent + ", whose primary key is the field "
                        + link.keyField() + "; multi-table inheritance needs the implicit id key on the root model for now");
            }
            for (FieldSpec f : own) {
                if (f.primaryKey()) {
                    error(f.element(), where((VariableElement) f.element()) + ": a model that extends the concrete model "
                            + parent + " has the key " + link.name() + " (the one-to-one link to its " + parent
                            + " row), so it declares no primary key of its own");
                }
            }
            AnnotationMirror own0 = metaOf(model);
            if (own0 != null && !new AnnotationValues(elements, own0).strings("primaryKey").isEmpty()) {
                error(model, own0, modelName + ": @Meta(primaryKey = ...) on a model that extends the concrete model "
                        + parent + ": its key is the link " + link.name());
            }
        }

        // ---- the class itself ----

        private void checkClass() {
            if (!model.getTypeParameters().isEmpty()) {
                error(model, modelName + ": a model class cannot have type parameters; make a generic base class "
                        + "abstract and extend it with concrete types");
            }
            for (Element e = model; e instanceof TypeElement t; e = e.getEnclosingElement()) {
                if (t.getModifiers().contains(Modifier.PRIVATE)) {
                    error(model, modelName + ": " + (t == model ? "the model class" : "its enclosing class "
                            + relativeName(t)) + " is private, so the generated metamodel cannot use it; "
                            + "make it package-private or public");
                }
            }
            if (model.getNestingKind() == NestingKind.MEMBER && !model.getModifiers().contains(Modifier.STATIC)) {
                error(model, modelName + ": a nested model class must be static, since Aksara creates instances "
                        + "without an enclosing instance; declare it 'static class " + model.getSimpleName() + "'");
            }
            boolean noArgs = false;
            for (ExecutableElement c : ElementFilter.constructorsIn(model.getEnclosedElements())) {
                if (c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE)) {
                    noArgs = true;
                }
            }
            if (!noArgs) {
                error(model, modelName + ": a model needs a no-argument constructor that is not private, which "
                        + "Aksara uses to create instances for loaded rows; add 'public " + model.getSimpleName() + "() {}'");
            }
            deprecation(model);
        }

        // ---- one field ----

        /** A {@code @ManyToMany} field read by {@link ManyToManyScanner}; null when there is none or it is wrong. */
        private ManyToManySpec manyToMany(VariableElement field) {
            AnnotationMirror mirror = field.getAnnotationMirrors().stream()
                    .filter(m -> annotationName(m).equals(ManyToManyScanner.ANNOTATION)).findFirst().orElse(null);
            if (mirror == null) {
                return null;
            }
            String where = where(field);
            KindSpec other = field.getAnnotationMirrors().stream().map(m -> KindSpec.of(m, types))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (other != null) {
                error(field, where + ": has both @ManyToMany and " + other.display()
                        + "; a many-to-many relation is not a column, so it takes no field annotation");
                return null;
            }
            ManyToManyScanner.Outcome outcome = manyToMany.scan(model, field, mirror,
                    new AnnotationValues(elements, mirror), where, packageName);
            if (outcome.deferred()) {
                deferred = true;
            }
            problems.addAll(outcome.problems());
            if (outcome.spec() != null) {
                deprecation(field);
                deprecation(outcome.spec().target());
                if (outcome.spec().through() != null) {
                    deprecation(outcome.spec().through());
                }
            }
            return outcome.spec();
        }

        private FieldSpec field(VariableElement field) {
            List<KindSpec> kinds = new ArrayList<>();
            List<AnnotationMirror> mirrors = new ArrayList<>();
            AnnotationMirror defaultMirror = null;
            for (AnnotationMirror a : field.getAnnotationMirrors()) {
                String name = annotationName(a);
                KindSpec kind = KindSpec.of(a, types);
                if (kind != null) {
                    kinds.add(kind);
                    mirrors.add(a);
                } else if (name.equals(DEFAULT)) {
                    defaultMirror = a;
                }
            }
            String where = where(field);
            if (kinds.isEmpty()) {
                if (defaultMirror != null) {
                    error(field, defaultMirror, where + ": @Default needs a field annotation on the same field, "
                            + "such as @IntegerField");
                }
                return null;
            }
            if (kinds.size() > 1) {
                error(field, where + ": has both " + kinds.get(0).display() + " and " + kinds.get(1).display()
                        + "; a field takes exactly one field annotation");
                return null;
            }
            KindSpec kind = kinds.getFirst();
            AnnotationValues a = new AnnotationValues(elements, mirrors.getFirst());
            int before = problems.size();
            checkModifiers(field, kind, a, where);

            TypeMirror type = types.asMemberOf((DeclaredType) model.asType(), field);
            if (containsError(type)) {
                deferred = true;
                return null;
            }
            boolean primitive = type.getKind().isPrimitive();
            TypeMirror valueType;
            TypeElement javaClass = kind.javaClass();
            FieldSpec.Relation relation = null;
            if (kind.isRelation()) {
                if (!isClass(type, REF)) {
                    wrongType(field, kind, a, type, where);
                    return null;
                }
                String defaultText = defaultMirror == null ? null : new AnnotationValues(elements, defaultMirror).string("value");
                relation = relation(field, (DeclaredType) type, a, defaultText, where);
                if (relation == null) {
                    return null;
                }
                // a raw Ref is spelled Ref<?>: same values, and the generated code stays free of raw types
                valueType = ((DeclaredType) type).getTypeArguments().isEmpty()
                        ? types.getDeclaredType(javaClass, types.getWildcardType(null, null))
                        : type;
            } else if (kind.isEnum()) {
                // the field's own enum is its Java type; its constants are the choices
                if (!EnumConstants.isEnum(type, types)) {
                    wrongType(field, kind, a, type, where);
                    return null;
                }
                valueType = type;
                javaClass = (TypeElement) types.asElement(type);
            } else if (kind.is(FieldType.JSON)) {
                // a document: a map, a list, or anything JSON can hold; the declared type is kept as it is
                if (!isClass(type, "java.util.Map") && !isClass(type, "java.util.List") && !isClass(type, "java.lang.Object")) {
                    wrongType(field, kind, a, type, where);
                    return null;
                }
                valueType = type;
            } else if (kind.is(FieldType.ARRAY)) {
                // a list of the kind's element type, kept as declared (List<String>)
                TypeMirror expected = KindSpec.valueType(kind.kindClass().asType(), types);
                if (!types.isSameType(type, expected)) {
                    error(field, a.mirror(), where + ": " + kind.display() + " needs a field of type " + expected
                            + ", but it is declared as " + describe(type));
                    return null;
                }
                valueType = type;
            } else if (kind.arrayType() != null) {
                if (!types.isSameType(type, kind.arrayType())) {
                    wrongType(field, kind, a, type, where);
                    return null;
                }
                valueType = type;
            } else {
                boolean matches = primitive ? type.getKind() == kind.primitive() : isClass(type, kind.javaClassName());
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
                error(field, a.mirror(), where + ": " + kind.display() + "(nullable = true) cannot be stored in a "
                        + "primitive " + type + ", which has no null; use " + javaClass.getSimpleName() + " instead of "
                        + type);
            }
            if (nullable && primaryKey) {
                error(field, a.mirror(), where + ": a primary key cannot be nullable; remove nullable = true");
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
                    error(field, a.mirror(), where + ": " + kind.display() + " needs maxDigits >= 1 and 0 <= decimalPlaces <= "
                            + "maxDigits, got maxDigits = " + maxDigits + ", decimalPlaces = " + decimalPlaces);
                }
            }
            List<String> choices = constants != null ? constants : choices(field, kind, a, maxLength, where);
            if (a.bool("autoNow") && a.bool("autoNowAdd")) {
                error(field, a.mirror(), where + ": autoNow and autoNowAdd exclude each other; autoNow sets the "
                        + "value on every save, autoNowAdd only on insert");
            }
            String explicitDefault = null;
            if (defaultMirror != null) {
                explicitDefault = new AnnotationValues(elements, defaultMirror).string("value");
                // a kind of your own parses its default at run time, when its class is loaded
                String why = kind.type() == null ? null : DefaultValues.problem(kind.type(), explicitDefault);
                if (why != null) {
                    error(field, defaultMirror, where + ": @Default(" + SourceWriter.literal(explicitDefault)
                            + ") is not a valid " + kind.type().displayName() + " value: " + why);
                }
            }
            if (problems.size() > before) {
                return null;
            }
            deprecation(field);
            String dbColumn = a.string("dbColumn");
            String column = dbColumn.isEmpty() ? Naming.columnName(name, kind.isRelation() ? FieldType.FOREIGN_KEY : null) : dbColumn;
            return new FieldSpec(field, name, kind.kindClass(), kind.path(), valueType, javaClass, primitive, column,
                    primaryKey, nullable, a.bool("unique") || kind.oneToOne(), a.bool("dbIndex"), maxLength, maxDigits, decimalPlaces,
                    a.bool("autoNow"), a.bool("autoNowAdd"), a.bool("autoGenerate"), choices, explicitDefault, relation);
        }

        private void checkModifiers(VariableElement field, KindSpec kind, AnnotationValues a, String where) {
            Set<Modifier> modifiers = field.getModifiers();
            if (modifiers.contains(Modifier.STATIC)) {
                error(field, a.mirror(), where + ": a " + kind.display() + " field must not be static; a column "
                        + "holds one value per row, so it needs an instance field");
            }
            if (modifiers.contains(Modifier.FINAL)) {
                error(field, a.mirror(), where + ": a " + kind.display() + " field must not be final; Aksara "
                        + "assigns it when loading rows");
            }
            TypeElement owner = (TypeElement) field.getEnclosingElement();
            if (modifiers.contains(Modifier.PRIVATE)) {
                error(field, a.mirror(), where + ": a " + kind.display() + " field must not be private; the "
                        + "generated metamodel reads and writes it directly; make it public");
            } else if (!modifiers.contains(Modifier.PUBLIC) && !packageOf(owner).equals(packageName)) {
                error(field, a.mirror(), where + ": the field is not public, and " + relativeName(owner)
                        + " is in another package than " + modelName + ", so the generated metamodel in package "
                        + displayPackage(packageName) + " cannot access it; make it public");
            }
        }

        private void wrongType(VariableElement field, KindSpec kind, AnnotationValues a, TypeMirror type, String where) {
            error(field, a.mirror(), where + ": " + kind.display() + " needs a field of type " + kind.expectedType()
                    + ", but it is declared as " + describe(type));
        }

        private Integer maxLength(VariableElement field, KindSpec kind, AnnotationValues a, String where) {
            if (kind.type() == null) {
                Integer n = a.integer("maxLength"); // a kind of your own that declares a length
                return n != null && n > 0 ? n : null;
            }
            return switch (kind.type()) {
                case STRING, EMAIL -> {
                    int n = a.integer("maxLength");
                    if (n < 1) {
                        error(field, a.mirror(), where + ": " + kind.display() + " needs maxLength >= 1, got " + n);
                    }
                    yield n;
                }
                case TEXT, BINARY -> {
                    int n = a.integer("maxLength");
                    if (n < 0) {
                        error(field, a.mirror(), where + ": " + kind.display() + " needs maxLength >= 0 (0 = unbounded), got " + n);
                    }
                    yield n > 0 ? n : null;
                }
                default -> null;
            };
        }

        private List<String> choices(VariableElement field, KindSpec kind, AnnotationValues a, Integer maxLength,
                String where) {
            if (kind.is(FieldType.INTEGER)) {
                return a.ints("choices").stream().map(String::valueOf).toList();
            }
            if (!kind.is(FieldType.STRING)) {
                return List.of();
            }
            List<String> choices = a.strings("choices");
            for (String c : choices) {
                if (maxLength != null && c.length() > maxLength) {
                    error(field, a.mirror(), where + ": the choice " + SourceWriter.literal(c) + " is longer than "
                            + "maxLength = " + maxLength);
                }
            }
            return choices;
        }

        /** The target of a foreign key, from {@code Ref<Target>} or {@code to()}; null after reporting a problem. */
        private FieldSpec.Relation relation(VariableElement field, DeclaredType ref, AnnotationValues a, String defaultText,
                String where) {
            String ann = "@" + a.mirror().getAnnotationType().asElement().getSimpleName();
            TypeMirror to = a.type("to");
            TypeElement toTarget = null;
            if (to != null && to.getKind() == TypeKind.DECLARED && !isClass(to, MODEL)) {
                toTarget = (TypeElement) types.asElement(to);
            }
            String toModel = a.string("toModel");
            if (!toModel.isEmpty()) {
                if (toTarget != null) {
                    error(field, a.mirror(), where + ": " + ann + " has both to and toModel; keep one");
                    return null;
                }
                toTarget = packageName.isEmpty() ? null : elements.getTypeElement(packageName + "." + toModel);
                if (toTarget == null) {
                    toTarget = elements.getTypeElement(toModel);
                }
                if (toTarget == null) {
                    error(field, a.mirror(), where + ": " + ann + "(toModel = \"" + toModel + "\") names no class: "
                            + "looked for " + (packageName.isEmpty() ? "" : packageName + "." + toModel + " and ")
                            + toModel);
                    return null;
                }
            }
            TypeElement declared = null;
            TypeMirror bound = null;
            if (!ref.getTypeArguments().isEmpty()) {
                TypeMirror arg = ref.getTypeArguments().getFirst();
                if (arg.getKind() == TypeKind.DECLARED) {
                    declared = (TypeElement) types.asElement(arg);
                } else if (arg instanceof WildcardType w && w.getExtendsBound() != null) {
                    bound = w.getExtendsBound();
                }
            }
            TypeElement target;
            if (declared != null) {
                if (toTarget != null && !toTarget.equals(declared)) {
                    error(field, a.mirror(), where + ": " + ann + "(to = " + relativeName(toTarget) + ".class) "
                            + "contradicts the declared type " + ref + "; drop to()");
                    return null;
                }
                target = declared;
            } else if (toTarget != null) {
                if (bound != null && !types.isAssignable(toTarget.asType(), bound)) {
                    error(field, a.mirror(), where + ": " + ann + "(to = " + relativeName(toTarget) + ".class) "
                            + "does not fit the declared type " + ref);
                    return null;
                }
                target = toTarget;
            } else {
                error(field, a.mirror(), where + ": " + ann + " cannot tell the target model from " + ref
                        + "; declare the field as Ref<Target>, or set " + ann + "(to = Target.class)");
                return null;
            }
            if (!isModel(target)) {
                error(field, a.mirror(), where + ": " + ann + " needs a concrete model as target, but "
                        + relativeName(target) + (ancestry(target) == Ancestry.MODEL_SUBCLASS
                        ? " is abstract and has no table" : " does not extend io.aksara.Model"));
                return null;
            }
            if (!accessibleFrom(target, packageName)) {
                error(field, a.mirror(), where + ": the target model " + target.getQualifiedName() + " is not "
                        + "accessible from package " + displayPackage(packageName) + ", where the generated metamodel lives");
                return null;
            }
            if (hasCompositeKey(target)) {
                error(field, a.mirror(), where + ": " + relativeName(target) + " has a composite primary key, and "
                        + ann + " can only point to a model with a single-column key; filter on its key fields instead");
                return null;
            }
            deprecation(target);
            String onDelete = a.enumConstant("onDelete");
            boolean nullable = a.bool("nullable");
            if (!onDeleteRuleFits(field, a, target, onDelete, nullable, defaultText, where)) {
                return null;
            }
            String relatedName = relatedNameFor(a.string("relatedName"));
            String onDeleteValue = a.string("onDeleteValue");
            return new FieldSpec.Relation(target, onDelete, relatedName.isEmpty() ? null : relatedName,
                    a.mirror().getAnnotationType().toString().equals(io.aksara.fields.OneToOne.class.getCanonicalName()),
                    onDeleteValue.isEmpty() ? null : onDeleteValue);
        }

        /** Each on_delete rule needs what it writes: NULL a nullable column, SET_DEFAULT a default, SET a value. */
        private boolean onDeleteRuleFits(VariableElement field, AnnotationValues a, TypeElement target, String onDelete,
                boolean nullable, String defaultText, String where) {
            String value = a.string("onDeleteValue");
            boolean hasValue = !value.isEmpty();
            boolean hasDefault = defaultText != null;
            if (OnDelete.SET_NULL.name().equals(onDelete) && !nullable) {
                error(field, a.mirror(), where + ": onDelete = SET_NULL needs nullable = true, or the column could "
                        + "not be set to NULL");
                return false;
            }
            if (OnDelete.SET_DEFAULT.name().equals(onDelete) && !hasDefault && !nullable) {
                // a nullable key's default is NULL, as in Django
                error(field, a.mirror(), where + ": onDelete = SET_DEFAULT needs a default to set; add "
                        + "@Default(\"<target key>\") to the field, or make it nullable (its default is then NULL)");
                return false;
            }
            if (OnDelete.SET.name().equals(onDelete) && !hasValue) {
                error(field, a.mirror(), where + ": onDelete = SET needs the key to set; add onDeleteValue = "
                        + "\"<target key>\" to the " + "@" + a.mirror().getAnnotationType().asElement().getSimpleName());
                return false;
            }
            if (hasValue && !OnDelete.SET.name().equals(onDelete)) {
                error(field, a.mirror(), where + ": onDeleteValue is only used by onDelete = SET, but the rule is "
                        + onDelete + "; remove onDeleteValue or use onDelete = OnDelete.SET");
                return false;
            }
            String written = hasValue ? value : OnDelete.SET_DEFAULT.name().equals(onDelete) ? defaultText : null;
            FieldType keyType = written == null ? null : keyType(target);
            String why = keyType == null ? null : DefaultValues.problem(keyType, written);
            if (why != null) {
                error(field, a.mirror(), where + ": " + (hasValue ? "onDeleteValue" : "@Default") + " "
                        + SourceWriter.literal(written) + " is not a key of " + relativeName(target) + " ("
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
        private FieldType keyType(TypeElement target) {
            List<TypeElement> classes = hierarchy(target);
            if (classes == null) {
                return null;
            }
            for (TypeElement t : classes) {
                for (VariableElement f : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                    for (AnnotationMirror m : f.getAnnotationMirrors()) {
                        KindSpec kind = KindSpec.of(m, types);
                        if (kind != null && !kind.isRelation() && new AnnotationValues(elements, m).bool("primaryKey")) {
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
        private String relatedNameFor(String declared) {
            String app = packageName.substring(packageName.lastIndexOf('.') + 1);
            return declared.replace("%(class)s", model.getSimpleName().toString().toLowerCase(Locale.ROOT))
                    .replace("%(app_label)s", app);
        }

        // ---- the model as a whole ----

        private List<FieldSpec> withPrimaryKey(List<FieldSpec> declared, List<VariableElement> hidingId) {
            List<FieldSpec> keys = declared.stream().filter(FieldSpec::primaryKey).toList();
            for (FieldSpec extra : keys.subList(Math.min(1, keys.size()), keys.size())) {
                error(extra.element(), where((VariableElement) extra.element()) + ": " + modelName
                        + " already has the primary key " + keys.getFirst().name() + "; a model has one primary key");
            }
            if (!keys.isEmpty()) {
                return declared;
            }
            for (VariableElement field : hidingId) {
                error(field, where(field) + ": a field named id hides the implicit primary key Model.id; "
                        + "mark it as the primary key (primaryKey = true) or rename it");
            }
            if (!hidingId.isEmpty()) {
                return declared; // reported; adding the implicit id would only repeat it as a column clash
            }
            TypeElement modelClass = elements.getTypeElement(MODEL);
            VariableElement id = ElementFilter.fieldsIn(modelClass.getEnclosedElements()).stream()
                    .filter(f -> f.getSimpleName().contentEquals("id")).findFirst().orElseThrow();
            TypeElement longClass = elements.getTypeElement(Long.class.getCanonicalName());
            List<FieldSpec> all = new ArrayList<>();
            all.add(new FieldSpec(id, "id", elements.getTypeElement(AutoKind.class.getCanonicalName()), PathKind.NUMBER, longClass.asType(), longClass, false,
                    "id", true, false, false, false, null, null, null, false, false, false, List.of(), null, null));
            all.addAll(declared);
            return all;
        }

        private void checkColumns(List<FieldSpec> fields) {
            Map<String, FieldSpec> byColumn = new LinkedHashMap<>();
            for (FieldSpec f : fields) {
                // databases compare unquoted names case-insensitively, so ID and id would collide
                FieldSpec earlier = byColumn.putIfAbsent(f.column().toLowerCase(Locale.ROOT), f);
                if (earlier != null) {
                    error(f.element(), modelName + "." + f.name() + ": its column " + f.column() + " is already used by "
                            + modelName + "." + earlier.name() + "; set dbColumn to a different name");
                }
            }
        }

        /**
         * Table, ordering and multi-column indexes from {@code @Meta}, with every name checked. As
         * Django's abstract models pass their {@code Meta} on, an option the model's own {@code @Meta}
         * leaves unset comes from the nearest abstract base that sets it; the table never does (an
         * abstract base has none, and {@link UsageChecker} refuses one there).
         */
        private MetaOptions metaOptions(List<FieldSpec> fields, List<TypeElement> chain, ProxyShape proxy,
                boolean child, Set<String> parentNames) {
            MetaOptions out = new MetaOptions();
            out.table = Naming.tableName(model.getSimpleName().toString());
            AnnotationMirror own = metaOf(model);
            if (proxy != null && proxy.table() != null) {
                out.table = proxy.table();
            } else if (own != null && !new AnnotationValues(elements, own).string("table").isEmpty()) {
                out.table = new AnnotationValues(elements, own).string("table");
            }
            Set<String> known = new LinkedHashSet<>();
            fields.forEach(f -> known.add(f.name()));
            Set<String> names = new HashSet<>(known);
            fields.forEach(f -> names.add(f.column()));
            Set<String> orderable = new HashSet<>(names);
            orderable.addAll(parentNames); // a child orders by its parent's fields through the link, as Django
            // Django's non-abstract children inherit the parent's ordering, as proxies do
            AnnotationMirror orderingFrom = metaSetting(chain, "ordering", proxy != null || child);
            if (orderingFrom != null) {
                AnnotationValues meta = new AnnotationValues(elements, orderingFrom);
                for (String entry : meta.strings("ordering")) {
                    String name = entry.startsWith("-") ? entry.substring(1) : entry;
                    if (!name.equals("pk") && !orderable.contains(name)) {
                        metaError(orderingFrom, modelName + ": @Meta ordering " + SourceWriter.literal(entry)
                                + " names no field of " + modelName + "; use a field name, optionally with '-' for "
                                + "descending. Fields: " + String.join(", ", known));
                    }
                }
                out.ordering = meta.strings("ordering");
            }
            for (String kind : proxy != null ? List.<String>of() : List.of("uniqueTogether", "indexes")) {
                AnnotationMirror from = metaSetting(chain, kind, false);
                if (from == null) {
                    continue;
                }
                for (AnnotationMirror m : new AnnotationValues(elements, from).annotations(kind)) {
                    AnnotationValues index = new AnnotationValues(elements, m);
                    List<String> indexFields = index.strings("value");
                    if (indexFields.isEmpty()) {
                        metaError(from, modelName + ": @Meta " + kind + " needs at least one field name");
                    }
                    for (String f : indexFields) {
                        if (!names.contains(f)) {
                            metaError(from, modelName + ": @Meta " + kind + " names " + SourceWriter.literal(f)
                                    + ", which is no field of " + modelName + ". Fields: " + String.join(", ", known));
                        }
                    }
                    String name = index.string("name");
                    out.indexes.add(new ModelSpec.IndexSpec(name.isEmpty() ? null : name, indexFields,
                            kind.equals("uniqueTogether")));
                }
            }
            return out;
        }

        /**
         * The {@code @Meta} that decides one option: the model's own when it sets the option, else
         * that of the nearest abstract base that does; null when none sets it.
         */
        private AnnotationMirror metaSetting(List<TypeElement> chain, String option, boolean fromConcrete) {
            for (TypeElement type : chain.reversed()) {
                if (type != model && !fromConcrete && !type.getModifiers().contains(Modifier.ABSTRACT)) {
                    continue; // only abstract bases pass their options on, except to a proxy
                }
                AnnotationMirror mirror = metaOf(type);
                if (mirror != null && mirror.getElementValues().keySet().stream()
                        .anyMatch(e -> e.getSimpleName().contentEquals(option))) {
                    return mirror;
                }
            }
            return null;
        }

        /** Reports a problem of a {@code @Meta} on the model, naming the abstract base when it was inherited. */
        private void metaError(AnnotationMirror mirror, String message) {
            if (model.getAnnotationMirrors().contains(mirror)) {
                error(model, mirror, message);
                return;
            }
            String base = hierarchy(model).stream().filter(t -> t.getAnnotationMirrors().contains(mirror))
                    .map(t -> relativeName(t)).findFirst().orElse("an abstract base");
            error(model, message + " (the option is inherited from the @Meta of the abstract class " + base + ")");
        }

        private boolean generatedAvailable() {
            if (elements.getTypeElement(GENERATED) == null) {
                return false;
            }
            ModuleElement module = elements.getModuleOf(model);
            if (module == null || module.isUnnamed()) {
                return true;
            }
            // a named module sees javax.annotation.processing only when it reads java.compiler
            return ElementFilter.requiresIn(module.getDirectives()).stream()
                    .anyMatch(r -> r.getDependency().getQualifiedName().contentEquals("java.compiler"));
        }

        private void deprecation(Element element) {
            for (Element e = element; e instanceof TypeElement || e instanceof VariableElement; e = e.getEnclosingElement()) {
                if (elements.isDeprecated(e)) {
                    Deprecated d = e.getAnnotation(Deprecated.class);
                    suppressions.add(d != null && d.forRemoval() ? "removal" : "deprecation");
                }
            }
        }

        private String where(VariableElement field) {
            TypeElement owner = (TypeElement) field.getEnclosingElement();
            String at = relativeName(owner) + "." + field.getSimpleName();
            return owner.equals(model) ? at : at + " (inherited by " + modelName + ")";
        }

        private void error(Element element, String message) {
            problems.add(Problem.at(element, message));
        }

        private void error(Element element, AnnotationMirror annotation, String message) {
            problems.add(new Problem(element, annotation, message));
        }
    }

    /** The model-level options read from {@code @Meta}, defaults applied. */
    private static final class MetaOptions {
        String table;
        List<String> ordering = List.of();
        final List<ModelSpec.IndexSpec> indexes = new ArrayList<>();
    }

    /** Whether the model, or an abstract base it inherits {@code @Meta} options from, declares a composite key. */
    boolean hasCompositeKey(TypeElement model) {
        for (TypeElement type : modelChain(model)) {
            AnnotationMirror meta = metaOf(type);
            if (meta != null && !new AnnotationValues(elements, meta).strings("primaryKey").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The {@code @Meta} written on the class itself, or null. */
    static AnnotationMirror metaOf(TypeElement type) {
        return type.getAnnotationMirrors().stream().filter(m -> annotationName(m).equals(META)).findFirst().orElse(null);
    }

    private boolean hasFieldAnnotation(VariableElement field) {
        return field.getAnnotationMirrors().stream().anyMatch(a -> KindSpec.of(a, types) != null
                || annotationName(a).equals(ManyToManyScanner.ANNOTATION));
    }

    // ---- helpers shared with ManyToManyScanner ----

    Elements elements() {
        return elements;
    }

    String packageName(Element element) {
        return packageOf(element);
    }

    boolean hasError(TypeMirror type) {
        return containsError(type);
    }

    boolean accessible(TypeElement type, String pkg) {
        return accessibleFrom(type, pkg);
    }

    String binaryName(TypeElement type) {
        return elements.getBinaryName(type).toString();
    }

    /** The classes from the one just below {@code Model} down to the type; empty when unknown. */
    List<TypeElement> modelChain(TypeElement type) {
        List<TypeElement> chain = hierarchy(type);
        return chain == null ? List.of() : chain;
    }

    private boolean accessibleFrom(TypeElement type, String pkg) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            Set<Modifier> modifiers = t.getModifiers();
            if (modifiers.contains(Modifier.PRIVATE)
                    || (!modifiers.contains(Modifier.PUBLIC) && !packageOf(t).equals(pkg))) {
                return false;
            }
        }
        return true;
    }

    private boolean containsError(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type instanceof DeclaredType d) {
            return d.getTypeArguments().stream().anyMatch(this::containsError);
        }
        if (type instanceof WildcardType w) {
            return (w.getExtendsBound() != null && containsError(w.getExtendsBound()))
                    || (w.getSuperBound() != null && containsError(w.getSuperBound()));
        }
        return false;
    }

    /** A type for messages: {@code Integer} rather than {@code java.lang.Integer}, others in full. */
    private String describe(TypeMirror type) {
        if (type instanceof DeclaredType d && d.getTypeArguments().isEmpty()
                && packageOf(d.asElement()).equals("java.lang")) {
            return d.asElement().getSimpleName().toString();
        }
        return type.toString();
    }

    boolean isClass(TypeMirror type, String canonicalName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) types.asElement(type)).getQualifiedName().contentEquals(canonicalName);
    }

    private String packageOf(Element element) {
        return elements.getPackageOf(element).getQualifiedName().toString();
    }

    /** The name within its package: {@code Product}, {@code Demo.Product}. */
    String relativeName(TypeElement type) {
        String qualified = type.getQualifiedName().toString();
        String pkg = packageOf(type);
        return pkg.isEmpty() ? qualified : qualified.substring(pkg.length() + 1);
    }

    private static String displayPackage(String pkg) {
        return pkg.isEmpty() ? "(unnamed)" : pkg;
    }

    static String annotationName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
