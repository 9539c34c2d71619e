package io.aksara.lookup;

import io.aksara.meta.FieldType;
import java.util.Set;

/**
 * The value as text, put in front of a text lookup used on a field that is not text, as Django
 * does: {@code filter("pubDate__startswith", "2005")}, {@code filter("id__iexact", "7")},
 * {@code filter("code__regex", "^44")} compare the column cast to text. Not a name users type:
 * the resolver adds it.
 */
public final class AsText implements Transform {
    /** The one instance. */
    public static final AsText INSTANCE = new AsText();

    /** The lookups that compare text and may take a cast column. */
    public static final Set<String> TEXT_LOOKUPS = Set.of("iexact", "contains", "icontains", "startswith",
            "istartswith", "endswith", "iendswith", "regex", "iregex");

    private AsText() {}

    /** Whether a lookup on this type goes through the cast (a text lookup on a number, date or UUID). */
    public static boolean needed(FieldType type, String lookup) {
        return TEXT_LOOKUPS.contains(lookup) && switch (type.family()) {
            case NUMBER, TEMPORAL, UUID -> true;
            default -> false;
        };
    }

    @Override
    public String lookupName() {
        return "__as_text";
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return true;
    }

    @Override
    public FieldType outputType(FieldType input) {
        return FieldType.TEXT;
    }
}
