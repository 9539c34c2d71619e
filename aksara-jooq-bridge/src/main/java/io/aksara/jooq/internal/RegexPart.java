package io.aksara.jooq.internal;

import io.aksara.jooq.Dialects;
import org.jooq.Context;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.CustomField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** A case-insensitive regular expression match, written the way each database spells it. */
final class RegexPart extends CustomField<Boolean> {
    private static final long serialVersionUID = 1L; // jOOQ query parts are Serializable
    private final Field<Object> column;
    /** Made once, not while rendering, so the plan cache's trace sees the very parameters rendered. */
    private final Field<String> pattern;
    private final Field<String> mysqlPattern;

    RegexPart(Field<Object> column, String pattern) {
        super(DSL.name("iregex"), SQLDataType.BOOLEAN);
        this.column = column;
        this.pattern = BindTrace.text(pattern);
        this.mysqlPattern = BindTrace.affixed("(?i)", pattern, "");
    }

    @Override
    public void accept(Context<?> ctx) {
        SQLDialect d = ctx.dialect();
        if (d.family() == SQLDialect.POSTGRES) {
            ctx.visit(DSL.condition("{0} ~* {1}", column, pattern));
        } else if (Dialects.isMysqlFamily(d)) {
            ctx.visit(DSL.condition("{0} regexp {1}", column, mysqlPattern));
        } else {
            ctx.visit(DSL.condition("regexp_like({0}, {1}, 'i')", column, pattern));
        }
    }
}
