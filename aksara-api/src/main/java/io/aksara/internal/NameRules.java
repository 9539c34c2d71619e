package io.aksara.internal;

import io.aksara.errors.FieldError;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The rules for names a user writes that are not looked up in model metadata: annotation and
 * aggregate aliases, transform names and JSON keys. None of them is ever pasted into SQL text
 * (aliases are not rendered at all, transforms are looked up in a registry, JSON keys are bound),
 * so these rules are a second wall: a name that looks like SQL is refused where it is written,
 * with a message that says what is allowed, instead of travelling further.
 */
public final class NameRules {
    /** Longer names are certainly not names; the limit keeps error messages and caches small. */
    public static final int MAX_ALIAS_LENGTH = 255;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private NameRules() {}

    /**
     * Checks an annotation or aggregate alias with Django's rule: no whitespace, quotation marks,
     * semicolons or SQL comments. Also refused: control and invisible (format) characters,
     * brackets, braces and backslashes, and any character that Unicode folds into one of those
     * (full-width {@code ＇}, {@code ；}, typographic quotes).
     *
     * @return the alias
     * @throws FieldError naming the alias and the rule
     */
    public static String alias(String name) {
        if (name.length() > MAX_ALIAS_LENGTH) {
            throw new FieldError("The annotation name " + FieldError.describe(name) + " has " + name.length()
                    + " characters; at most " + MAX_ALIAS_LENGTH + " are allowed");
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        if (hasForbidden(name) || hasForbidden(folded)) {
            throw new FieldError("Column aliases cannot contain whitespace characters, quotation marks, semicolons, "
                    + "or SQL comments (nor control characters, brackets, braces or backslashes); got "
                    + FieldError.describe(name) + ". Use letters, digits and '_'.");
        }
        return name;
    }

    /**
     * Checks the name of a transform or date part ({@code "year"}, {@code "iso_week_day"}): an
     * identifier of ASCII letters, digits and {@code _}, at most 64 characters.
     */
    public static String transformName(String what, String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new FieldError(what + " must be a name such as \"year\" (ASCII letters, digits and '_'); got "
                    + FieldError.describe(name));
        }
        return name;
    }

    /**
     * Checks a key inside a JSON document. Keys are bound parameters, so quotes and the like are
     * plain characters; only what no JSON key written by hand contains is refused: an empty key,
     * control characters (a NUL cannot even be sent to PostgreSQL as text), and keys longer than
     * {@value #MAX_ALIAS_LENGTH} characters.
     */
    public static String jsonKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_ALIAS_LENGTH) {
            throw new FieldError("A JSON key must have 1 to " + MAX_ALIAS_LENGTH + " characters; got "
                    + FieldError.describe(key));
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isISOControl(key.charAt(i))) {
                throw new FieldError("A JSON key cannot contain control characters; got " + FieldError.describe(key)
                        + " (character " + i + " is U+" + String.format("%04X", (int) key.charAt(i)) + ")");
            }
        }
        return key;
    }

    private static boolean hasForbidden(String s) {
        if (s.contains("--") || s.contains("/*") || s.contains("*/")) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || type == Character.FORMAT || type == Character.INITIAL_QUOTE_PUNCTUATION
                    || type == Character.FINAL_QUOTE_PUNCTUATION || "'\"`;[]{}\\".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
