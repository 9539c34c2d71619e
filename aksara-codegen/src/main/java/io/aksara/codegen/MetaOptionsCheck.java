package io.aksara.codegen;

import io.aksara.Meta;
import io.aksara.meta.Naming;
import io.aksara.meta.SqlNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The options of a model's {@code @Meta} (table, ordering, unique-together and indexes), inherited
 * from abstract bases as Django's abstract models pass their {@code Meta} on, with every name checked.
 */
final class MetaOptionsCheck {
    private final ModelScan scan;
    private final ModelScanner scanner;

    MetaOptionsCheck(ModelScan scan) {
        this.scan = scan;
        this.scanner = scan.scanner;
    }

    /**
     * Table, ordering and multi-column indexes from {@code @Meta}, with every name checked. As
     * Django's abstract models pass their {@code Meta} on, an option the model's own {@code @Meta}
     * leaves unset comes from the nearest abstract base that sets it; the table never does (an
     * abstract base has none, and {@link UsageChecker} refuses one there).
     */
    MetaOptions metaOptions(List<FieldSpec> fields, List<TypeElement> chain, ProxyShape proxy, boolean child,
            Set<String> parentNames) {
        MetaOptions out = new MetaOptions();
        out.table = Naming.tableName(scan.model.getSimpleName().toString());
        AnnotationMirror own = ModelScanner.metaOf(scan.model);
        if (proxy != null && proxy.table() != null) {
            out.table = proxy.table();
        } else if (own != null && !new AnnotationValues(scanner.elements, own).string("table").isEmpty()) {
            out.table = new AnnotationValues(scanner.elements, own).string("table");
            String problem = SqlNames.identifierProblem(out.table);
            if (problem != null) {
                metaError(own, scan.modelName + ": @Meta(table = " + SourceWriter.literal(out.table) + ") " + problem
                        + "; use " + SqlNames.IDENTIFIER_RULE);
            }
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
            AnnotationValues meta = new AnnotationValues(scanner.elements, orderingFrom);
            for (String entry : meta.strings("ordering")) {
                String name = entry.startsWith("-") ? entry.substring(1) : entry;
                if (!name.equals("pk") && !orderable.contains(name)) {
                    metaError(orderingFrom, scan.modelName + ": @Meta ordering " + SourceWriter.literal(entry)
                            + " names no field of " + scan.modelName + "; use a field name, optionally with '-' for "
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
            for (AnnotationMirror m : new AnnotationValues(scanner.elements, from).annotations(kind)) {
                AnnotationValues index = new AnnotationValues(scanner.elements, m);
                List<String> indexFields = index.strings("value");
                if (indexFields.isEmpty()) {
                    metaError(from, scan.modelName + ": @Meta " + kind + " needs at least one field name");
                }
                for (String f : indexFields) {
                    if (!names.contains(f)) {
                        metaError(from, scan.modelName + ": @Meta " + kind + " names " + SourceWriter.literal(f)
                                + ", which is no field of " + scan.modelName + ". Fields: " + String.join(", ", known));
                    } // a foreign key to a composite key stands for all of its columns, in key order
                }
                String name = index.string("name");
                String problem = name.isEmpty() ? null : SqlNames.identifierProblem(name);
                if (problem != null) {
                    metaError(from, scan.modelName + ": @Meta " + kind + " name " + SourceWriter.literal(name) + " "
                            + problem + "; use " + SqlNames.IDENTIFIER_RULE);
                }
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
    AnnotationMirror metaSetting(List<TypeElement> chain, String option, boolean fromConcrete) {
        for (TypeElement type : chain.reversed()) {
            if (type != scan.model && !fromConcrete && !type.getModifiers().contains(Modifier.ABSTRACT)) {
                continue; // only abstract bases pass their options on, except to a proxy
            }
            AnnotationMirror mirror = ModelScanner.metaOf(type);
            if (mirror != null && mirror.getElementValues().keySet().stream()
                    .anyMatch(e -> e.getSimpleName().contentEquals(option))) {
                return mirror;
            }
        }
        return null;
    }

    /** Reports a problem of a {@code @Meta} on the model, naming the abstract base when it was inherited. */
    void metaError(AnnotationMirror mirror, String message) {
        if (scan.model.getAnnotationMirrors().contains(mirror)) {
            scan.error(scan.model, mirror, message);
            return;
        }
        String base = scanner.hierarchy(scan.model).stream().filter(t -> t.getAnnotationMirrors().contains(mirror))
                .map(t -> scanner.relativeName(t)).findFirst().orElse("an abstract base");
        scan.error(scan.model, message + " (the option is inherited from the @Meta of the abstract class " + base + ")");
    }

    /** The model-level options read from {@code @Meta}, defaults applied. */
    static final class MetaOptions {
        String table;
        List<String> ordering = List.of();
        final List<ModelSpec.IndexSpec> indexes = new ArrayList<>();
    }
}
