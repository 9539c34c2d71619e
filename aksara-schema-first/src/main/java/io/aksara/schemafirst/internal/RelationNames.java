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
}
