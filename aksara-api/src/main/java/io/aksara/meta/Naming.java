package io.aksara.meta;

import java.util.List;

/**
 * The naming rules that turn Java names into database names: snake_case columns, snake_case plural
 * tables, {@code <field>_id} foreign key columns. The annotation processor and the runtime use the
 * same rules, so generated metadata and runtime lookups always agree.
 *
 * <pre>{@code
 * Naming.snakeCase("inStock");       // "in_stock"
 * Naming.tableName("Category");      // "categories"
 * }</pre>
 */
public final class Naming {
    private Naming() {}

    /** {@code inStock} → {@code in_stock}; {@code HTTPServer} → {@code http_server}; {@code userID} → {@code user_id}. */
    public static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean previousIsLowerOrDigit = i > 0
                        && (Character.isLowerCase(javaName.charAt(i - 1)) || Character.isDigit(javaName.charAt(i - 1)));
                boolean acronymEnds = i > 0 && i + 1 < javaName.length()
                        && Character.isUpperCase(javaName.charAt(i - 1)) && Character.isLowerCase(javaName.charAt(i + 1));
                if ((previousIsLowerOrDigit || acronymEnds) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The default table name: snake_case plural of the class name ({@code UserProfile} → {@code user_profiles}). */
    public static String tableName(String simpleClassName) {
        return plural(snakeCase(simpleClassName));
    }

    /** English plural of a name's last word ({@code person} → {@code people}); see {@link EnglishPlurals}. */
    public static String plural(String word) {
        return EnglishPlurals.plural(word);
    }

    /** English singular of a name's last word, the inverse of {@link #plural}. */
    public static String singular(String word) {
        return EnglishPlurals.singular(word);
    }

    /** The column of a field: snake_case, with {@code _id} appended for a foreign key. */
    public static String columnName(String fieldName, FieldType type) {
        String base = snakeCase(fieldName);
        return type == FieldType.FOREIGN_KEY ? base + "_id" : base;
    }

    /** The longest identifier every supported database accepts (PostgreSQL: 63). */
    public static final int MAX_IDENTIFIER = 63;

    /**
     * A constraint or index name: {@code prefix_table_col1_col2}, shortened with a stable hash
     * when longer than {@link #MAX_IDENTIFIER}.
     *
     * <pre>{@code Naming.constraintName("uq", "users", List.of("email"));   // "uq_users_email" }</pre>
     */
    public static String constraintName(String prefix, String table, List<String> columns) {
        return shortened(prefix + "_" + table + (columns.isEmpty() ? "" : "_" + String.join("_", columns)));
    }

    /**
     * The name itself when it fits in {@link #MAX_IDENTIFIER} characters, else cut and ended with a
     * stable hash, so two long names stay apart ({@code posts_tags} for a join table).
     */
    public static String shortened(String full) {
        if (full.length() <= MAX_IDENTIFIER) {
            return full;
        }
        String hash = Integer.toHexString(full.hashCode() & 0x7fffffff);
        return full.substring(0, MAX_IDENTIFIER - hash.length() - 1) + "_" + hash;
    }
}
