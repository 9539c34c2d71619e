package io.aksara.codegen;

import io.aksara.fields.GeneratedField;
import io.aksara.meta.GeneratedExpression;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * The compile-time checks of a {@code @GeneratedField}: it stands beside a field annotation (the
 * column's type), takes no other default and is no key or relation, and its expression names only
 * fields of the model, so a typo is a compile error rather than a failed migration.
 */
final class GeneratedFieldCheck {
    static final String ANNOTATION = GeneratedField.class.getCanonicalName();

    private GeneratedFieldCheck() {}

    /** The problems of one field's {@code @GeneratedField} beside its kind; nothing for other fields. */
    static void field(ModelScan scan, VariableElement field, AnnotationMirror mirror, KindSpec kind, AnnotationValues a,
            boolean hasDefault, String where) {
        if (mirror == null) {
            return;
        }
        String expression = new AnnotationValues(scan.scanner.elements, mirror).string("expression");
        if (expression.isBlank()) {
            scan.error(field, mirror, where + ": @GeneratedField needs the expression the database computes, e.g. "
                    + "@GeneratedField(expression = \"price * quantity\")");
        }
        if (kind.isRelation() || a.bool("primaryKey")) {
            scan.error(field, mirror, where + ": @GeneratedField cannot be a primary key or a relation; it is a "
                    + "column the database computes from the row's other columns");
        }
        if (hasDefault) {
            scan.error(field, mirror, where + ": @GeneratedField takes no @Default or @DbDefault: the database "
                    + "computes its value from the expression");
        }
    }

    /** Every expression names fields of the model (Java or column names) or SQL words only. */
    static void expressions(ModelScan scan, String modelName, List<FieldSpec> fields) {
        Map<String, String> columns = new HashMap<>();
        for (FieldSpec f : fields) {
            columns.put(f.name(), f.column());
            columns.put(f.column().toLowerCase(Locale.ROOT), f.column());
        }
        for (FieldSpec f : fields) {
            GeneratedField g = f.element().getAnnotation(GeneratedField.class);
            if (g == null || g.expression().isBlank()) {
                continue;
            }
            try {
                GeneratedExpression.toSql(g.expression(), columns::get);
            } catch (IllegalArgumentException e) {
                scan.error(f.element(), modelName + "." + f.name() + ": @GeneratedField " + e.getMessage()
                        + "; fields: " + String.join(", ", fields.stream().map(FieldSpec::name).toList()));
            }
        }
    }
}
