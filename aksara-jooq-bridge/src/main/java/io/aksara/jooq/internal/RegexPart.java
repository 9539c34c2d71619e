package io.aksara.jooq.internal;

import io.aksara.jooq.vendor.Vendors;
import org.jooq.Context;
import org.jooq.Field;
import org.jooq.impl.CustomField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** A case-insensitive regular expression match, written the way each database spells it. */
final class RegexPart extends CustomField<Boolean> {
    private static final long serialVersionUID = 1L; // jOOQ query parts are Serializable
    private final Field<Object> column;
    private final String pattern;

    RegexPart(Field<Object> column, String pattern) {
        super(DSL.name("iregex"), SQLDataType.BOOLEAN);
        this.column = column;
        this.pattern = pattern;
    }

    @Override
    public void accept(Context<?> ctx) {
        ctx.visit(Vendors.of(ctx.dialect()).regexMatchIgnoringCase(column, pattern));
    }
}
