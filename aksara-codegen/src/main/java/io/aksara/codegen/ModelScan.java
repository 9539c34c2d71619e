package io.aksara.codegen;

import io.aksara.kinds.AutoKind;
import io.aksara.meta.ModelRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The scan of one model by {@link ModelScanner}; collects problems instead of stopping at the first.
 * The class itself, its many-to-many fields and its primary key are checked here; one field in
 * {@link FieldScan}, a relation in {@link RelationCheck}, the {@code @Meta} options in
 * {@link MetaOptionsCheck}, a composite key in {@link CompositeKeyCheck}.
 */
final class ModelScan {
    final ModelScanner scanner;
    final TypeElement model;
    final String modelName;
    final String packageName;
    final List<Problem> problems = new ArrayList<>();
    final Set<String> suppressions = new HashSet<>();
    boolean deferred;

    ModelScan(ModelScanner scanner, TypeElement model) {
        this.scanner = scanner;
        this.model = model;
        this.modelName = scanner.relativeName(model);
        this.packageName = scanner.packageOf(model);
    }

    ModelScanner.Result run() {
        checkClass();
        List<TypeElement> chain = scanner.hierarchy(model);
        if (chain == null) {
            return new ModelScanner.Result(null, List.of(), true);
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
                FieldSpec spec = new FieldScan(this).field(field);
                if (spec != null) {
                    declared.add(spec);
                }
                ManyToManySpec relation = manyToMany(field);
                if (relation != null) {
                    relations.add(relation);
                }
                if (spec != null || relation != null || scanner.hasFieldAnnotation(field)) {
                    annotated.add(field);
                }
            }
        }
        for (VariableElement field : annotated) {
            VariableElement hiding = visible.get(field.getSimpleName().toString());
            if (hiding != field) {
                error(field, where(field) + ": it is hidden by the field of the same name in "
                        + scanner.relativeName((TypeElement) hiding.getEnclosingElement())
                        + ", so the generated code could not reach it; rename one of them");
            }
        }
        if (deferred) {
            return new ModelScanner.Result(null, List.of(), true);
        }
        ProxyShape proxy = ProxyShape.of(model, chain, scanner.elements);
        if (proxy != null) {
            problems.addAll(proxy.problems(model, chain, annotated, scanner.elements));
            relations.clear(); // a proxy's many-to-many relations are its concrete model's, found at run time
        }
        // a proxy of a multi-table child has the child's fields and link, so it reads the same rows
        ParentLink link = proxy == null ? ParentLink.of(model, chain, scanner.elements)
                : proxy.concrete() == null ? null
                : ParentLink.of(proxy.concrete(), chain.subList(0, chain.indexOf(proxy.concrete()) + 1), scanner.elements);
        Set<String> parentNames = new HashSet<>();
        if (link != null) { // the parent's fields live in the parent's table; this model keeps its own
            declared.stream().filter(f -> link.isParents(owner(f.element()), chain)).forEach(f -> {
                parentNames.add(f.name());
                parentNames.add(f.column());
            });
            declared.removeIf(f -> link.isParents(owner(f.element()), chain));
            relations.removeIf(r -> link.isParents(owner(r.element()), chain));
            checkChild(link, declared);
        }
        AnnotationMirror keyFrom = link != null ? null : new MetaOptionsCheck(this).metaSetting(chain, "primaryKey", proxy != null);
        List<String> compositeKey = keyFrom == null ? List.of() : new AnnotationValues(scanner.elements, keyFrom).strings("primaryKey");
        List<FieldSpec> fields;
        if (link != null) {
            fields = new ArrayList<>();
            fields.add(link.field(scanner.elements, scanner.types));
            fields.addAll(declared);
        } else if (compositeKey.isEmpty()) {
            fields = withPrimaryKey(declared, hidingId);
        } else {
            fields = declared; // no implicit id: the key is the named fields
            CompositeKeyCheck.problems(modelName, compositeKey, declared, relations).forEach(p -> new MetaOptionsCheck(this).metaError(keyFrom, p));
        }
        checkColumns(fields);
        GeneratedFieldCheck.expressions(this, modelName, fields);
        MetaOptionsCheck.MetaOptions meta = new MetaOptionsCheck(this).metaOptions(fields, chain, proxy, link != null, parentNames);
        if (!problems.isEmpty()) {
            return new ModelScanner.Result(null, List.copyOf(problems), false);
        }
        String binaryName = scanner.elements.getBinaryName(model).toString();
        String metamodel = ModelRegistry.metamodelName(binaryName);
        ModelSpec spec = new ModelSpec(model, binaryName, packageName,
                metamodel.substring(metamodel.lastIndexOf('.') + 1), meta.table, meta.ordering, meta.indexes,
                fields, compositeKey, generatedAvailable(), suppressions, relations,
                proxy == null ? null : proxy.parent(), link);
        return new ModelScanner.Result(spec, List.of(), false);
    }

    private static TypeElement owner(Element field) {
        return (TypeElement) field.getEnclosingElement();
    }

    /** What a multi-table child cannot declare: its key is the link to its parent. */
    private void checkChild(ParentLink link, List<FieldSpec> own) {
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
        AnnotationMirror ownMeta = ModelScanner.metaOf(model);
        if (ownMeta != null && !new AnnotationValues(scanner.elements, ownMeta).strings("primaryKey").isEmpty()) {
            error(model, ownMeta, modelName + ": @Meta(primaryKey = ...) on a model that extends the concrete model "
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
                        + scanner.relativeName(t)) + " is private, so the generated metamodel cannot use it; "
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
                .filter(m -> ModelScanner.annotationName(m).equals(ManyToManyScanner.ANNOTATION)).findFirst().orElse(null);
        if (mirror == null) {
            return null;
        }
        String where = where(field);
        KindSpec other = field.getAnnotationMirrors().stream().map(m -> KindSpec.of(m, scanner.types))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (other != null) {
            error(field, where + ": has both @ManyToMany and " + other.display()
                    + "; a many-to-many relation is not a column, so it takes no field annotation");
            return null;
        }
        ManyToManyScanner.Outcome outcome = scanner.manyToMany.scan(model, field, mirror,
                new AnnotationValues(scanner.elements, mirror), where, packageName);
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

    // ---- the model as a whole ----

    private List<FieldSpec> withPrimaryKey(List<FieldSpec> declared, List<VariableElement> hidingId) {
        List<FieldSpec> keys = declared.stream().filter(FieldSpec::primaryKey).toList();
        for (FieldSpec extra : keys.subList(Math.min(1, keys.size()), keys.size())) {
            error(extra.element(), where((VariableElement) extra.element()) + ": " + modelName
                    + " already has the primary key " + keys.getFirst().name() + "; a model has one primary key");
        }
        AnnotationMirror ownMeta = ModelScanner.metaOf(model);
        String autoField = ownMeta == null ? null : new AnnotationValues(scanner.elements, ownMeta).enumConstant("autoField");
        boolean integerId = "INTEGER".equals(autoField);
        if (!keys.isEmpty()) {
            if (integerId) {
                error(model, ownMeta, modelName + ": @Meta(autoField = INTEGER) sets the column type of the implicit id, but "
                        + "the primary key is " + keys.getFirst().name() + "; remove autoField");
            }
            return declared;
        }
        for (VariableElement field : hidingId) {
            error(field, where(field) + ": a field named id hides the implicit primary key Model.id; "
                    + "mark it as the primary key (primaryKey = true) or rename it");
        }
        if (!hidingId.isEmpty()) {
            return declared; // reported; adding the implicit id would only repeat it as a column clash
        }
        TypeElement modelClass = scanner.elements.getTypeElement(ModelScanner.MODEL);
        VariableElement id = ElementFilter.fieldsIn(modelClass.getEnclosedElements()).stream()
                .filter(f -> f.getSimpleName().contentEquals("id")).findFirst().orElseThrow();
        TypeElement longClass = scanner.elements.getTypeElement(Long.class.getCanonicalName());
        List<FieldSpec> all = new ArrayList<>();
        all.add(new FieldSpec(id, "id", scanner.elements.getTypeElement(AutoKind.class.getCanonicalName()), PathKind.NUMBER, longClass.asType(), longClass, false,
                "id", true, false, false, false, null, null, null, false, false, false, List.of(), null, null,
                integerId ? "INT" : null, null)); // a 32-bit id is written as the column type migrations use
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

    private boolean generatedAvailable() {
        if (scanner.elements.getTypeElement(ModelScanner.GENERATED) == null) {
            return false;
        }
        ModuleElement module = scanner.elements.getModuleOf(model);
        if (module == null || module.isUnnamed()) {
            return true;
        }
        // a named module sees javax.annotation.processing only when it reads java.compiler
        return ElementFilter.requiresIn(module.getDirectives()).stream()
                .anyMatch(r -> r.getDependency().getQualifiedName().contentEquals("java.compiler"));
    }

    void deprecation(Element element) {
        for (Element e = element; e instanceof TypeElement || e instanceof VariableElement; e = e.getEnclosingElement()) {
            if (scanner.elements.isDeprecated(e)) {
                Deprecated d = e.getAnnotation(Deprecated.class);
                suppressions.add(d != null && d.forRemoval() ? "removal" : "deprecation");
            }
        }
    }

    String where(VariableElement field) {
        TypeElement owner = (TypeElement) field.getEnclosingElement();
        String at = scanner.relativeName(owner) + "." + field.getSimpleName();
        return owner.equals(model) ? at : at + " (inherited by " + modelName + ")";
    }

    void error(Element element, String message) {
        problems.add(Problem.at(element, message));
    }

    void error(Element element, AnnotationMirror annotation, String message) {
        problems.add(new Problem(element, annotation, message));
    }
}
