package io.aksara.jooq.internal;

import org.jooq.SQLDialect;

/**
 * What lowering one statement needs to share: the dialect, the query's root table (F expressions
 * are relative to it wherever they appear) and a counter for table aliases.
 */
public final class LoweringContext {
    private final SQLDialect dialect;
    private final Scope root;
    private int aliases;

    public LoweringContext(SQLDialect dialect, Scope root) {
        this.dialect = dialect;
        this.root = root;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public Scope root() {
        return root;
    }

    /** A fresh alias ({@code r1}, {@code r2}, ...) for a sub-selected table. */
    public String nextAlias(String prefix) {
        return prefix + (++aliases);
    }
}
