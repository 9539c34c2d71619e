package io.aksara.codegen;

import io.aksara.meta.ModelRowReader;
import io.aksara.meta.RowShape;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.util.Elements;

/**
 * Writes a model's row reader ({@link ModelRowReader}) into its metamodel: a private static
 * {@code readRow} that stores each column of a row straight into its field, in the model's field
 * order, and the {@code .rowReader(Product_::readRow)} that registers it. Every column gets its
 * own call site in straight-line code, so the JIT can inline each column's reading; which way a
 * column is read on the database at hand comes from the {@link RowShape} the SQL side made for the
 * query, so nothing here depends on a vendor:
 *
 * <pre>{@code
 * if (s.typed(0)) m.id = rs.getLong(1); else m.id = (Long) s.value(0, m, s.reader(0).read(rs, 1));
 * m.price = (BigDecimal) s.value(1, m, s.reader(1).read(rs, 2));
 * }</pre>
 *
 * <p>A statement, not a conditional expression: {@code cond ? rs.getLong(1) : (Long) v} would be a
 * {@code long} and unbox a NULL. A primitive field unboxes in the general branch, so a NULL fails
 * there as it does through the field's setter.
 */
final class RowReaderWriter {
    /** The name of the generated method. */
    static final String METHOD = "readRow";

    private RowReaderWriter() {}

    /**
     * Whether the model gets a row reader: not for a multi-table child (its parent link is set
     * through the parent's row) nor for a model with a foreign key to a composite key (its columns
     * are not fields of the model).
     */
    static boolean applies(ModelSpec spec) {
        return spec.parentLink() == null
                && spec.fields().stream().noneMatch(f -> f.relation() != null && f.relation().compositeColumns() != null);
    }

    /** The types the reader's source names, to import. */
    static Collection<String> imports() {
        return List.of(ResultSet.class.getCanonicalName(), SQLException.class.getCanonicalName(),
                RowShape.class.getCanonicalName());
    }

    /** The builder call that registers the reader. */
    static String registration(ModelSpec spec) {
        return ".rowReader(" + spec.metamodelName() + "::" + METHOD + ")";
    }

    /** Writes the method at class level. */
    static void write(SourceWriter out, TypeNamer names, Elements elements, String model, ModelSpec spec) {
        String resultSet = names.name(elements.getTypeElement(ResultSet.class.getCanonicalName()));
        String sqlException = names.name(elements.getTypeElement(SQLException.class.getCanonicalName()));
        String shape = names.name(elements.getTypeElement(RowShape.class.getCanonicalName()));
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < spec.fields().size(); k++) {
            lines.add(column(names, spec.fields().get(k), k));
        }
        out.line(1, "/** Reads a row of all of {@link " + model + "}'s fields, in order, into {@code m} (see ModelRowReader). */");
        if (lines.stream().anyMatch(l -> l.contains("<"))) {
            out.line(1, "@SuppressWarnings(\"unchecked\")");
        }
        out.line(1, "private static void " + METHOD + "(" + resultSet + " rs, " + model + " m, " + shape + "<" + model
                + "> s) throws " + sqlException + " {");
        lines.forEach(l -> out.line(2, l));
        out.line(1, "}");
    }

    /** One column: the typed getter when the shape allows it and the field's type has one, else the reader. */
    private static String column(TypeNamer names, FieldSpec f, int k) {
        int index = k + 1;
        // an Object field takes the value as it is: a cast to Object would be a javac lint warning in user builds
        String cast = f.valueType().toString().equals("java.lang.Object") ? "" : "(" + names.render(f.valueType()) + ") ";
        String general = "m." + f.name() + " = " + cast + "s.value(" + k + ", m, s.reader(" + k + ").read(rs, " + index + "));";
        String getter = typedGetter(f);
        return getter == null ? general
                : "if (s.typed(" + k + ")) m." + f.name() + " = rs." + getter + "(" + index + "); else " + general;
    }

    /** The {@code ResultSet} getter of the field's Java type, or null when it has none the shape may choose. */
    private static String typedGetter(FieldSpec f) {
        return switch (f.valueType().toString()) {
            case "java.lang.Long" -> "getLong";
            case "java.lang.Integer" -> "getInt";
            case "java.lang.Boolean" -> "getBoolean";
            case "java.lang.Double" -> "getDouble";
            case "java.lang.String" -> "getString";
            default -> null;
        };
    }
}
