package io.aksara.internal;

/**
 * What every supported database stores exactly as given, for text: no NUL character (PostgreSQL
 * refuses it in text and JSON, with an error that names no field) and no unpaired surrogate (half
 * of a UTF-16 pair, which the drivers encode as {@code ?} without a word). Text fields and the
 * strings inside JSON documents follow the same rule, on every database, as Django's
 * {@code ProhibitNullCharactersValidator} does for NUL.
 */
public final class TextRules {
    private TextRules() {}

    /** Why the text cannot be stored, or null when it can. */
    public static String problem(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            // every row of a bulk write passes here once per text field: the usual character (neither
            // NUL nor a surrogate) costs one unsigned comparison and a second only above U+D7FF
            if ((char) (c - 1) < '\uD7FF' || c > '\uDFFF') {
                continue;
            }
            if (c == '\u0000') {
                return "Null characters are not allowed (found at index " + i + ").";
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a whole pair: one supplementary character such as an emoji
            } else if (Character.isSurrogate(c)) {
                return String.format("Unpaired surrogate \\u%04X at index %d: the text is not valid Unicode, and databases "
                        + "would store '?' in its place.", (int) c, i);
            }
        }
        return null;
    }
}
