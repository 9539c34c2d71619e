package io.aksara.jooq.internal;

import io.aksara.query.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.SQLDialect;
import io.aksara.jooq.vendor.Vendor;

/**
 * What lowering one statement needs to share: the database's {@link Vendor} (the open backend's
 * own, so two databases of one dialect family can render differently) and its dialect, the query's root table (F expressions
 * are relative to it wherever they appear), a counter for table aliases, and, for queries with
 * annotations or aggregates, the statement's {@link Joins}. A subquery ({@code Subquery},
 * {@code Exists}) gets a nested context: its own root, the enclosing context as
 * {@link #parent()} (where {@code OuterRef}s are lowered), and the same alias counter.
 */
public final class LoweringContext {
    private final Vendor vendor;
    private final Scope root;
    private final LoweringContext parent;
    private final int[] aliases;
    private Joins joins;
    private boolean reuseJoins;
    private boolean negatedJoins;
    private final Map<Expr, org.jooq.Field<?>> selectedFields = new HashMap<>();
    private final Map<Expr, org.jooq.Field<Object>> replaced = new IdentityHashMap<>();

    public LoweringContext(Vendor vendor, Scope root) {
        this(vendor, root, null, new int[1]);
    }

    private LoweringContext(Vendor vendor, Scope root, LoweringContext parent, int[] aliases) {
        this.vendor = vendor;
        this.root = root;
        this.parent = parent;
        this.aliases = aliases;
    }

    /** The vendor of the database the statement is for: its SQL differences and features. */
    public Vendor vendor() {
        return vendor;
    }

    public SQLDialect dialect() {
        return vendor.dialect();
    }

    public Scope root() {
        return root;
    }

    /** The context of the enclosing statement, or null at the top. */
    public LoweringContext parent() {
        return parent;
    }

    /** A context for a subquery with its own root, nested in this one. */
    public LoweringContext nested(Scope innerRoot) {
        return new LoweringContext(vendor, innerRoot, this, aliases);
    }

    /** A fresh alias ({@code r1}, {@code r2}, ...) for a sub-selected table. */
    public String nextAlias(String prefix) {
        return prefix + (++aliases[0]);
    }

    /**
     * The statement's joins, through which columns are read (so aggregates can follow to-many
     * relations), or null: columns across foreign keys are then scalar subqueries.
     */
    public Joins joins() {
        return joins;
    }

    void useJoins(Joins j) {
        this.joins = j;
    }

    /** Lowers this very expression (by identity) to {@code field}, wherever it appears. */
    void replace(Expr e, org.jooq.Field<Object> field) {
        replaced.put(e, field);
    }

    private final List<Expr> selectOnly = new ArrayList<>();

    /** As {@link #replace}, until {@link #endOfSelectList()}: the conditions and GROUP BY read the expression itself. */
    void replaceInSelect(Expr e, org.jooq.Field<Object> field) {
        replaced.put(e, field);
        selectOnly.add(e);
    }

    /** Ends the replacements made for the select list only. */
    void endOfSelectList() {
        selectOnly.forEach(replaced::remove);
        selectOnly.clear();
    }

    /**
     * Runs {@code body} without the select-list replacements: inside an aggregate a grouping key is
     * read per row (its own expression), not as the {@code MAX(key)} that stands for it elsewhere in
     * the select list, which would nest one aggregate in another.
     */
    <T> T perRow(Supplier<T> body) {
        Map<Expr, org.jooq.Field<Object>> saved = new IdentityHashMap<>();
        for (Expr e : selectOnly) {
            org.jooq.Field<Object> f = replaced.remove(e);
            if (f != null) {
                saved.put(e, f);
            }
        }
        try {
            return body.get();
        } finally {
            replaced.putAll(saved);
        }
    }

    /** The field this expression was replaced by, or null. */
    org.jooq.Field<Object> replacement(Expr e) {
        return replaced.get(e);
    }

    /** Remembers the select-list field of an expression, so GROUP BY and ORDER BY can name that very column. */
    void rememberSelected(Expr e, org.jooq.Field<?> field) {
        selectedFields.putIfAbsent(e, field);
    }

    /** The select-list field of an expression, or null. */
    org.jooq.Field<?> selectedField(Expr e) {
        return selectedFields.get(e);
    }

    /** Whether conditions under a NOT also hold for the joined row (an aggregate's own filter). */
    boolean reuseJoinsNegated() {
        return negatedJoins && reuseJoins();
    }

    /** Lowers an aggregate's filter: every condition on the aggregated relation, negated or not, holds for the joined row. */
    <T> T reusingJoinsEvenNegated(Supplier<T> lowering) {
        boolean before = negatedJoins;
        negatedJoins = true;
        try {
            return reusingJoins(lowering);
        } finally {
            negatedJoins = before;
        }
    }

    /** Whether conditions on joined to-many relations hold for the joined row (filter before annotate). */
    boolean reuseJoins() {
        return reuseJoins && joins != null;
    }

    /** Lowers with joined to-many rows reused by conditions on the same relation. */
    <T> T reusingJoins(Supplier<T> lowering) {
        boolean before = reuseJoins;
        reuseJoins = true;
        try {
            return lowering.get();
        } finally {
            reuseJoins = before;
        }
    }
}
