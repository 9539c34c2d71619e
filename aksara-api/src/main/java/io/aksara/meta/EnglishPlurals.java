package io.aksara.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.atteo.evo.inflector.English;

/**
 * English plurals and singulars of the last word of a name, for default table names and the
 * classes inspectdb writes. The plural comes from evo-inflector (irregular nouns, {@code -is},
 * {@code -f}, {@code -um} and the rest); the singular is its inverse, so inspectdb reads back the
 * class a table name came from. A few of its answers read wrong as table names and are corrected
 * here: {@code person} has {@code people}, and nouns in consonant + {@code o} take {@code -s}
 * ({@code memos}, {@code logos}) but for the classic {@code -oes} ones ({@code heroes}).
 *
 * <pre>{@code
 * EnglishPlurals.plural("person");      // "people"
 * EnglishPlurals.plural("analysis");    // "analyses"
 * EnglishPlurals.singular("children");  // "child"
 * }</pre>
 */
public final class EnglishPlurals {
    private static final English INFLECTOR = new English(English.MODE.ENGLISH_ANGLICIZED);
    private static final Map<String, String> CORRECTED = Map.of("person", "people");
    private static final Set<String> OES = Set.of("hero", "potato", "tomato", "echo", "veto", "torpedo", "embargo");
    /** Stems that take {@code -es}: {@code box}, {@code match}, {@code address}, {@code status}, {@code hero}. */
    private static final Pattern ES_STEM = Pattern.compile("(x|z|ch|sh|ss|[^o]us|[^aeiou]o)$");
    private static final String[][] IRREGULAR_ENDINGS = {
        {"ren", ""}, {"men", "man"}, {"ice", "ouse"}, {"eese", "oose"}, {"eeth", "ooth"}, {"a", "um"}, {"a", "on"}, {"i", "us"},
    };

    private EnglishPlurals() {}

    /**
     * The plural of a name's last word, the rest kept: {@code order_item} → {@code order_items},
     * {@code salesPerson} → {@code salesPeople}.
     */
    public static String plural(String name) {
        int start = lastWordStart(name);
        String word = name.substring(start);
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return name;
        }
        return name.substring(0, start) + sameCase(word, pluralOfWord(lower));
    }

    /**
     * The singular of a name's last word: the word whose {@link #plural} it is, or the word itself
     * when it is none's ({@code status}). Where two words share a plural the likelier one for a
     * table wins: {@code analyses} is analysis, {@code houses} house, {@code boxes} box.
     */
    public static String singular(String name) {
        int start = lastWordStart(name);
        String word = name.substring(start);
        String lower = word.toLowerCase(Locale.ROOT);
        for (String candidate : candidates(lower)) {
            if (!candidate.isEmpty() && pluralOfWord(candidate).equals(lower)) {
                return name.substring(0, start) + sameCase(word, candidate);
            }
        }
        return name;
    }

    private static String pluralOfWord(String lower) {
        String corrected = CORRECTED.get(lower);
        if (corrected != null) {
            return corrected;
        }
        int n = lower.length();
        if (n > 1 && lower.charAt(n - 1) == 'o' && "aeiou".indexOf(lower.charAt(n - 2)) < 0 && !OES.contains(lower)) {
            return lower + "s";
        }
        return INFLECTOR.getPlural(lower);
    }

    /** Words whose plural may be {@code p}, the likeliest first. */
    private static List<String> candidates(String p) {
        List<String> out = new ArrayList<>();
        out.add(p); // uncountable: news, series, sheep
        out.add(replaceEnd(p, "people", "person"));
        out.add(replaceEnd(p, "yses", "ysis"));
        if (!p.endsWith("eeses")) {
            out.add(replaceEnd(p, "eses", "esis")); // theses, hypotheses; not cheeses
        }
        out.add(replaceEnd(p, "ies", "y"));
        out.add(replaceEnd(p, "ves", "f"));
        out.add(replaceEnd(p, "ves", "fe"));
        String stem = replaceEnd(p, "es", "");
        if (ES_STEM.matcher(stem).find()) {
            out.add(stem); // boxes, matches, addresses, statuses, heroes; houses keeps its e
        }
        for (String[] irregular : IRREGULAR_ENDINGS) {
            out.add(replaceEnd(p, irregular[0], irregular[1]));
        }
        if (!p.endsWith("us") && !p.endsWith("ss") && !p.endsWith("is")) {
            out.add(replaceEnd(p, "s", "")); // status, class and analysis are singular already
        }
        return out;
    }

    private static String replaceEnd(String word, String end, String with) {
        return word.endsWith(end) ? word.substring(0, word.length() - end.length()) + with : "";
    }

    /** Where the last word starts: after the last underscore, or at the last capital of a camelCase name. */
    private static int lastWordStart(String name) {
        for (int i = name.length() - 1; i > 0; i--) {
            char c = name.charAt(i);
            if (name.charAt(i - 1) == '_' || Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1))) {
                return i;
            }
        }
        return 0;
    }

    /** {@code with} in the case of {@code like}: all capitals, capitalized, or lower case. */
    private static String sameCase(String like, String with) {
        if (like.length() > 1 && like.equals(like.toUpperCase(Locale.ROOT))) {
            return with.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(like.charAt(0))) {
            return Character.toUpperCase(with.charAt(0)) + with.substring(1);
        }
        return with;
    }
}
