package io.aksara.schemafirst.internal;

import io.aksara.meta.Naming;
import java.util.Locale;
import java.util.Set;

/**
 * Java names for database names: a singular PascalCase class per table ({@code order_items} →
 * {@code OrderItem}), a camelCase field per column ({@code in_stock} → {@code inStock}), avoiding
 * Java keywords and the names the generated code itself uses.
 */
public final class Names {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
            "when", "_");

    /** Class names the generated sources refer to, which a model class must not shadow. */
    private static final Set<String> TAKEN_CLASS_NAMES = Set.of("Model", "Manager", "Meta", "Ref", "String", "Object",
            "Integer", "Long", "Boolean", "Double", "BigDecimal", "UUID", "LocalDate", "LocalTime", "OffsetDateTime",
            "Override", "Record", "Class", "System", "Math", "Deprecated");

    /** Field names a model inherits or declares already. */
    private static final Set<String> TAKEN_FIELD_NAMES = Set.of("id", "objects");

    private Names() {}

    /**
     * A name as Aksara should write it: databases that fold unquoted names to upper case (H2) report
     * {@code PRODUCTS} for a table created as {@code products}; Aksara writes names unquoted in
     * lower case, which finds the same table. Mixed-case names were quoted on purpose and are kept.
     */
    public static String normalize(String databaseName) {
        return databaseName.equals(databaseName.toUpperCase(Locale.ROOT)) ? databaseName.toLowerCase(Locale.ROOT)
                : databaseName;
    }

    /** {@code order_items} → {@code OrderItem}. */
    public static String className(String table) {
        String[] words = words(table);
        words[words.length - 1] = singular(words[words.length - 1]);
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(capitalize(w));
        }
        String name = out.isEmpty() || !Character.isJavaIdentifierStart(out.charAt(0)) ? "T" + out : out.toString();
        return TAKEN_CLASS_NAMES.contains(name) ? name + "Model" : name;
    }

    /** {@code in_stock} → {@code inStock}; keywords and inherited names get a suffix ({@code class} → {@code classValue}). */
    public static String fieldName(String column) {
        String[] words = words(column);
        StringBuilder out = new StringBuilder(Character.toLowerCase(words[0].charAt(0)) + words[0].substring(1));
        for (int i = 1; i < words.length; i++) {
            out.append(capitalize(words[i]));
        }
        String name = out.isEmpty() || !Character.isJavaIdentifierStart(out.charAt(0)) ? "f" + out : out.toString();
        return KEYWORDS.contains(name) || TAKEN_FIELD_NAMES.contains(name) ? name + "Value" : name;
    }

    /** Whether Aksara's default table for the class is this table, so {@code @Meta(table)} can be left out. */
    public static boolean defaultTable(String className, String table) {
        return Naming.tableName(className).equals(table);
    }

    /** English singular ({@code categories} → {@code category}, {@code people} → {@code person}): the inverse of the default table names' plural. */
    static String singular(String word) {
        return Naming.singular(word);
    }

    private static String[] words(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        String[] words = cleaned.isEmpty() ? new String[] {"x"} : cleaned.split("_+");
        for (int i = 0; i < words.length; i++) {
            // an all-capitals word (a name folded by the database) reads as one word, not an acronym
            if (words[i].equals(words[i].toUpperCase(Locale.ROOT))) {
                words[i] = words[i].toLowerCase(Locale.ROOT);
            }
        }
        return words;
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
