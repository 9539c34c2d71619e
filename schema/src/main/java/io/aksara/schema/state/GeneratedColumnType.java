package io.aksara.schema.state;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.GeneratedExpression;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated column ({@code @GeneratedField}) in a {@link ColumnState}: its type text is the
 * column type followed by {@code GENERATED ALWAYS AS (<sql>) STORED} (or {@code VIRTUAL}), so two
 * states differ exactly when the type, the expression or the storage differ. Liquibase has no
 * change for such a column: the changelog carries it as a customChange
 * ({@link io.aksara.schema.migrate.AddGeneratedColumn}), which the reader turns back into this text.
 *
 * <pre>{@code
 * GeneratedColumnType.text("DECIMAL(12,2)", "price * quantity", true);
 * // "DECIMAL(12,2) GENERATED ALWAYS AS (price * quantity) STORED"
 * GeneratedColumnType.parse("DECIMAL(12,2) GENERATED ALWAYS AS (price * quantity) STORED").expression();
 * // "price * quantity"
 * }</pre>
 *
 * @param type       the Liquibase type text of the column's values
 * @param expression the SQL the database computes, in column names
 * @param stored     STORED (true) or VIRTUAL
 */
public record GeneratedColumnType(String type, String expression, boolean stored) {
    private static final Pattern TEXT = Pattern.compile("(?s)(.*?) GENERATED ALWAYS AS \\((.*)\\) (STORED|VIRTUAL)");

    /** The state's type text of a generated column. */
    public static String text(String type, String expression, boolean stored) {
        return type + " GENERATED ALWAYS AS (" + expression + ") " + (stored ? "STORED" : "VIRTUAL");
    }

    /** This column's state type text. */
    public String text() {
        return text(type, expression, stored);
    }

    /** The parts of a generated column's type text, or null for any other column. */
    public static GeneratedColumnType parse(String typeText) {
        Matcher m = TEXT.matcher(typeText);
        return m.matches() ? new GeneratedColumnType(m.group(1), m.group(2), m.group(3).equals("STORED")) : null;
    }

    /**
     * The SQL of a generated field's expression, its field names replaced by columns.
     *
     * @throws IllegalArgumentException naming the model, the field and the unknown name
     */
    public static String sqlOf(FieldMeta<?, ?> field) {
        Map<String, String> columns = new HashMap<>();
        for (FieldMeta<?, ?> f : field.model().fields()) {
            columns.put(f.name(), f.column());
            columns.put(f.column().toLowerCase(Locale.ROOT), f.column());
        }
        try {
            return GeneratedExpression.toSql(field.generatedExpression(), columns::get);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field.qualifiedName() + " (GeneratedField): " + e.getMessage()
                    + "; fields: " + String.join(", ", field.model().fields().stream().map(FieldMeta::name).toList()), e);
        }
    }
}
