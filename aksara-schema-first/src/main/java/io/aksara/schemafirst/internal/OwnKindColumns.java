package io.aksara.schemafirst.internal;

import io.aksara.jooq.types.SqlType;
import io.aksara.jooq.types.SqlTypes;
import io.aksara.kinds.FieldKind;
import io.aksara.schemafirst.ColumnDescription;
import io.aksara.schemafirst.TableDescription;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.SQLDialect;

/**
 * Which columns inspectdb gives to a field annotation of the application's own because of their
 * type: the column's type is the one the annotation's kind declares in {@link SqlTypes}, the table
 * the bridge binds and reads with and migrations create columns from. So a kind declared once is
 * written back by inspectdb without naming its columns one by one.
 */
public final class OwnKindColumns {
    private OwnKindColumns() {}

    /**
     * The SQL type the annotation's kind declares for itself.
     *
     * @throws IllegalArgumentException when its kind is stored as a built-in kind, or it is no field annotation
     */
    public static SqlType declaredType(Class<? extends Annotation> annotation) {
        FieldKind<?> kind = OwnKindField.kind(annotation);
        SqlType declared = SqlTypes.declared(kind);
        if (declared == null) {
            throw new IllegalArgumentException("@" + annotation.getSimpleName() + "'s kind " + kind.displayName()
                    + " is stored as a built-in " + kind.type().displayName() + ", so its columns look like any other "
                    + kind.type().displayName() + " column; map them one by one with field(\"table.column\", "
                    + annotation.getSimpleName() + ".class)");
        }
        return declared;
    }

    /**
     * The explicit mappings, plus every other column whose type text (as {@code FieldTypes.describe}
     * writes it: {@code varchar(500)}) is that of one of the annotations' declared types on this
     * dialect; the first annotation that matches wins.
     */
    public static Map<String, Class<? extends Annotation>> byType(List<TableDescription> tables,
            List<Class<? extends Annotation>> annotations, SQLDialect dialect, Map<String, Class<? extends Annotation>> explicit) {
        if (annotations.isEmpty()) {
            return explicit;
        }
        Map<String, String> typeText = new LinkedHashMap<>();
        for (Class<? extends Annotation> a : annotations) {
            typeText.put(a.getName(), FieldTypes.describe(declaredType(a).dataType(null, dialect)));
        }
        Map<String, Class<? extends Annotation>> out = new LinkedHashMap<>(explicit);
        for (TableDescription t : tables) {
            for (ColumnDescription c : t.columns()) {
                String key = (t.name() + "." + c.name()).toLowerCase(Locale.ROOT);
                if (out.containsKey(key) || c.sqlType() == null) {
                    continue;
                }
                for (Class<? extends Annotation> a : annotations) {
                    if (typeText.get(a.getName()).equalsIgnoreCase(c.sqlType())) {
                        out.put(key, a);
                        break;
                    }
                }
            }
        }
        return Map.copyOf(out);
    }
}
