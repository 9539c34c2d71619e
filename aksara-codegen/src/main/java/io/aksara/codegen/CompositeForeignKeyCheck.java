package io.aksara.codegen;

import io.aksara.fields.OnDelete;
import io.aksara.meta.SqlNames;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks a foreign key to a model with a composite primary key, which is stored in one column per
 * target key field: no one-to-one primary key, no on_delete rule that writes a single key value,
 * and {@code columns} naming one column per key field.
 */
final class CompositeForeignKeyCheck {
    private static final Set<String> SINGLE_VALUE_RULES = Set.of(OnDelete.SET.name(), OnDelete.SET_DEFAULT.name());

    private CompositeForeignKeyCheck() {}

    /** The declared column names (empty for the default names), or null after reporting a problem. */
    static List<String> columns(ModelScan scan, ModelScanner scanner, VariableElement field, AnnotationValues a,
            TypeElement target, String ann, boolean oneToOne, String where) {
        String targetName = scanner.relativeName(target);
        List<String> key = keyOf(scanner, target);
        if (oneToOne && a.bool("primaryKey")) {
            scan.error(field, a.mirror(), where + ": " + targetName + " has a composite primary key " + key + ", and "
                    + ann + "(primaryKey = true) to such a model is not supported yet: a key of several columns is "
                    + "declared with @Meta(primaryKey = {...})");
            return null;
        }
        String onDelete = a.enumConstant("onDelete");
        if (SINGLE_VALUE_RULES.contains(onDelete)) {
            scan.error(field, a.mirror(), where + ": onDelete = " + onDelete + " writes one key value, and "
                    + targetName + " has a composite primary key " + key + "; use CASCADE, PROTECT, RESTRICT, "
                    + "SET_NULL or DO_NOTHING");
            return null;
        }
        List<String> columns = a.strings("columns");
        if (!columns.isEmpty() && columns.size() != key.size()) {
            scan.error(field, a.mirror(), where + ": columns names " + columns.size() + " columns " + columns + ", but "
                    + targetName + "'s primary key has " + key.size() + " fields " + key
                    + "; name one column per key field, in key order");
            return null;
        }
        if (columns.stream().anyMatch(String::isBlank) || columns.stream().distinct().count() != columns.size()) {
            scan.error(field, a.mirror(), where + ": columns " + columns + " must be distinct, non-empty names");
            return null;
        }
        for (String column : columns) {
            String problem = SqlNames.identifierProblem(column);
            if (problem != null) {
                scan.error(field, a.mirror(), where + ": columns entry " + SourceWriter.literal(column) + " " + problem
                        + "; use " + SqlNames.IDENTIFIER_RULE);
                return null;
            }
        }
        return columns;
    }

    private static List<String> keyOf(ModelScanner scanner, TypeElement model) {
        for (TypeElement type : scanner.modelChain(model)) {
            AnnotationMirror meta = ModelScanner.metaOf(type);
            if (meta != null && !new AnnotationValues(scanner.elements, meta).strings("primaryKey").isEmpty()) {
                return new AnnotationValues(scanner.elements, meta).strings("primaryKey");
            }
        }
        return List.of();
    }
}
