package io.aksara.schemafirst.internal;

import io.aksara.meta.Naming;
import java.util.regex.Pattern;

/**
 * Names of inspected relations: the field of a foreign key without its key suffix, and the
 * reverse name on the target model, the plural of the source model in camelCase.
 *
 * <pre>{@code
 * RelationNames.withoutKeySuffix("ArtistId");                  // "Artist"
 * RelationNames.relatedName("InvoiceLine", "invoice", false);  // "invoiceLines"
 * RelationNames.relatedName("Track", "composer", true);        // "tracksByComposer"
 * }</pre>
 */
public final class RelationNames {
    /** {@code _id} in any case, or {@code Id}/{@code ID} after a lower-case letter or digit (camelCase, PascalCase). */
    private static final Pattern KEY_SUFFIX = Pattern.compile("(?:_(?i:id)|(?<=[a-z0-9])(?:Id|ID))$");

    private RelationNames() {}

    /** The column name without the suffix that marks it as a key, when something is left. */
    public static String withoutKeySuffix(String column) {
        String stripped = KEY_SUFFIX.matcher(column).replaceFirst("");
        return stripped.isEmpty() ? column : stripped;
    }

    /**
     * The reverse name of a relation from {@code sourceClass}: its camelCase plural; with the field
     * added when the source has several relations to the same model, which would share it.
     */
    public static String relatedName(String sourceClass, String field, boolean sharedTarget) {
        String plural = Naming.plural(decapitalize(sourceClass));
        return sharedTarget ? plural + "By" + capitalize(field) : plural;
    }

    private static String decapitalize(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Whether a foreign key's constraint name is one to keep, because someone chose it: not
     * Aksara's own ({@code fk_<table>_<column>}), nor one a database made up for a constraint
     * declared without a name, which nothing can rely on: PostgreSQL's {@code <table>_<column>_fkey},
     * MariaDB's and MySQL's {@code <table>_ibfk_<n>}, H2's {@code CONSTRAINT_<hex>}; and one the
     * annotation can hold (letters, digits, underscores), else the model would not compile.
     */
    static boolean ownConstraintName(String table, String column, String constraint) {
        String name = Names.normalize(constraint);
        return name.matches("[A-Za-z_][A-Za-z0-9_]{0,62}") // what @ForeignKey(constraintName) accepts
                && !name.equals(Naming.constraintName("fk", table, java.util.List.of(column)))
                && !name.matches(Pattern.quote(table + "_" + column) + "_fkey\\d*")
                && !name.matches(Pattern.quote(table) + "_ibfk_\\d+")
                && !H2_GENERATED.matcher(constraint).matches();
    }

    /** H2's name for a constraint declared without one. */
    private static final Pattern H2_GENERATED = Pattern.compile("CONSTRAINT_[0-9A-F]+");
}
