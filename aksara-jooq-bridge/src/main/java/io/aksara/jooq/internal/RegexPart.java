package io.aksara.jooq.internal;

import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Context;
import org.jooq.Field;
import org.jooq.impl.CustomField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** A case-insensitive regular expression match, written the way each database spells it ({@link Vendor}). */
public final class RegexPart extends CustomField<Boolean> {
    private static final long serialVersionUID = 1L; // jOOQ query parts are Serializable
    private final Field<Object> column;
    /**
     * The pattern bound once per form of inline flags the vendors use, made here and not while
     * rendering, so the plan cache's trace sees the very parameters rendered.
     */
    private final Map<String, Field<String>> patternByFlags = new HashMap<>();

    public RegexPart(Field<Object> column, String pattern) {
        super(DSL.name("iregex"), SQLDataType.BOOLEAN);
        this.column = column;
        for (Vendor v : Vendors.all()) {
            String flags = v.caseInsensitiveRegexFlags();
            patternByFlags.computeIfAbsent(flags, f -> f.isEmpty() ? BindTrace.text(pattern) : BindTrace.affixed(f, pattern, ""));
        }
    }

    @Override
    public void accept(Context<?> ctx) {
        Vendor vendor = Vendors.of(ctx.configuration()); // the open database's own, carried by its DSLContext
        ctx.visit(vendor.regexMatchIgnoringCase(column, patternByFlags.get(vendor.caseInsensitiveRegexFlags())));
    }
}
