package io.aksara.jooq.internal;

import io.aksara.jooq.vendor.Vendor;
import org.jooq.Condition;
import org.jooq.Field;

/** A case-insensitive regular expression match, written the way each database spells it ({@link Vendor}). */
public final class RegexPart {
    private RegexPart() {}

    /**
     * The match on the database of {@code vendor} (the one the statement is lowered for). The
     * pattern is bound here, with the inline flags that vendor uses, so the plan cache's trace sees
     * the very parameter rendered.
     */
    public static Condition condition(Field<Object> column, String pattern, Vendor vendor) {
        String flags = vendor.caseInsensitiveRegexFlags();
        Field<String> bound = flags.isEmpty() ? BindTrace.text(pattern) : BindTrace.affixed(flags, pattern, "");
        return vendor.regexMatchIgnoringCase(column, bound);
    }
}
