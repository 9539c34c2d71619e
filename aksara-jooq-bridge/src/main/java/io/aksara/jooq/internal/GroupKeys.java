package io.aksara.jooq.internal;

import io.aksara.meta.FieldType;
import io.aksara.query.Annotation;
import io.aksara.query.Expr;
import io.aksara.query.Filter;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.GroupField;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The GROUP BY of a grouped SELECT, as Django builds it.
 *
 * <ul>
 *   <li>Grouped by the model's row: every selected column of the root table (and of
 *       {@code selectRelated}), plus the columns that annotations read outside their aggregates
 *       ({@code Coalesce("min_age", "contact__age")} groups by {@code contact.age}), plus ordering
 *       paths across foreign keys. A subquery annotation is not grouped: it depends on the row.</li>
 *   <li>Grouped by {@code values(...)}: those keys, and the columns that aggregate annotations read
 *       outside their aggregates ({@code Sum("age") + F("age")} groups by {@code age}). An
 *       annotation made before {@code values()} and not named there is not grouped.</li>
 * </ul>
 *
 * <p>A key that is a subquery or holds bound values is named by its select-list alias: the same
 * expression lowered twice gets other table aliases and other parameters, which PostgreSQL and H2
 * would not take for the same expression. Inside other select expressions such a key is read as
 * {@code MAX(key)}, its one value in the group.
 */
final class GroupKeys {
    private GroupKeys() {}

    /**
     * Called for each computed select-list column, in order: GROUP BY and ORDER BY name that
     * column; in a grouped query a key is read as {@code MAX(key)} inside later columns.
     */
    @SuppressWarnings("unchecked")
    static void remember(SelectQuery<?> q, Expr e, Field<?> field, LoweringContext ctx) {
        if (e instanceof Expr.Column || ctx.selectedField(e) != null) {
            return;
        }
        ctx.rememberSelected(e, field);
        if (q.groupBy() == null || !q.isGrouped() || !q.groupBy().contains(e)) {
            return;
        }
        if (e instanceof Expr.Ref r && e.type() != FieldType.BOOLEAN && !isSubquery(field, ctx.dialect())
                && !DSL.using(ctx.dialect()).extractBindValues(field).isEmpty()) {
            ctx.replaceInSelect(r.target(), DSL.max(field).coerce((org.jooq.DataType<Object>) field.getDataType()));
        }
    }

    /** The GROUP BY terms; select-list columns may get aliases. */
    static List<GroupField> keys(SelectQuery<?> q, LoweringContext ctx, List<Field<?>> selected, Map<String, String> aliased) {
        Joins joins = ctx.joins();
        List<Field<?>> keys = new ArrayList<>();
        if (q.groupBy() == null) {
            q.readFields().forEach(f -> keys.add(ctx.root().field(f)));
            keys.addAll(RelatedRows.columns(ParentRows.withParents(q), joins::column));
            for (Annotation a : q.selectedAnnotations()) {
                looseColumns(a.expr(), List.of(), keys, ctx);
            }
            for (OrderTerm t : q.ordering()) { // one value per row, so grouping is unchanged
                if (t.expression() == null && !t.path().hops().isEmpty()) {
                    keys.add(joins.column(t.path()));
                } else if (t.expression() != null) {
                    looseColumns(t.expression(), List.of(), keys, ctx);
                }
            }
        } else {
            for (Expr e : q.groupBy()) {
                Field<?> known = ctx.selectedField(e);
                keys.add(known != null ? known : e instanceof Expr.Column c ? joins.column(c.path()) : ExprLowering.lower(e, ctx));
            }
            for (Annotation a : q.selectedAnnotations()) {
                if (Expr.containsAggregate(a.expr())) {
                    looseColumns(a.expr(), q.groupBy(), keys, ctx);
                }
            }
            havingColumns(q.having(), q.groupBy(), keys, ctx);
        }
        DSLContext render = DSL.using(ctx.dialect());
        Map<String, GroupField> out = new LinkedHashMap<>();
        for (Field<?> key : keys) {
            out.putIfAbsent(render.renderInlined(key), byAlias(key, selected, aliased, ctx.dialect()));
        }
        return List.copyOf(out.values());
    }

    /**
     * The columns a HAVING condition compares outside aggregates ({@code filter("pages__gt",
     * F("n_authors"))} after {@code values("name")}): grouped too, as Django does, so the condition
     * reads one value per group.
     */
    private static void havingColumns(Filter f, List<Expr> grouped, List<Field<?>> out, LoweringContext ctx) {
        switch (f) {
            case null -> { }
            case Filter.Match m -> {
                if (!m.path().crossesToMany()) {
                    looseColumns(new Expr.Column(m.path()), grouped, out, ctx);
                }
                if (m.value() instanceof Expr e) {
                    looseColumns(e, grouped, out, ctx);
                }
            }
            case Filter.Compare c -> {
                looseColumns(c.expression(), grouped, out, ctx);
                if (c.value() instanceof Expr e) {
                    looseColumns(e, grouped, out, ctx);
                }
            }
            case Filter.And a -> a.parts().forEach(p -> havingColumns(p, grouped, out, ctx));
            case Filter.Or o -> o.parts().forEach(p -> havingColumns(p, grouped, out, ctx));
            case Filter.Not n -> havingColumns(n.part(), grouped, out, ctx);
            case Filter.Chain c -> c.calls().forEach(p -> havingColumns(p, grouped, out, ctx));
            default -> { }
        }
    }

    /** The columns an expression reads outside aggregates, windows, subqueries and grouping keys. */
    private static void looseColumns(Expr e, List<Expr> grouped, List<Field<?>> out, LoweringContext ctx) {
        if (grouped.contains(e)) {
            return;
        }
        switch (e) {
            case Expr.Column c -> out.add(ctx.joins().column(c.path()));
            case Expr.Aggregate a -> { }
            case Expr.Window w -> { }
            default -> Expr.children(e).forEach(child -> looseColumns(child, grouped, out, ctx));
        }
    }

    /**
     * A GROUP BY or ORDER BY term of a grouped query: a subquery or an expression with bound values
     * is named by its alias in the select list (matched by identity, else by its SQL).
     */
    static Field<?> byAlias(Field<?> key, List<Field<?>> selected, Map<String, String> aliased, SQLDialect dialect) {
        DSLContext render = DSL.using(dialect);
        if (!needsAlias(key, dialect)) {
            return key;
        }
        String sql = render.renderInlined(key);
        String name = aliased.get(sql);
        for (int i = 0; i < selected.size() && name == null; i++) {
            Field<?> s = selected.get(i);
            if (s == key || render.renderInlined(s).equals(sql)) {
                name = "ak_g" + i;
                selected.set(i, s.as(name));
                aliased.put(sql, name);
            }
        }
        return name == null ? key : DSL.field(DSL.name(name));
    }

    /** A key of a grouped subquery under a plain name, unless GROUP BY must name it by its alias ({@link #byAlias}). */
    static Field<?> named(Field<?> key, String name, SQLDialect dialect) {
        return needsAlias(key, dialect) ? key : key.as(name);
    }

    private static boolean needsAlias(Field<?> key, SQLDialect dialect) {
        return !DSL.using(dialect).extractBindValues(key).isEmpty() || isSubquery(key, dialect);
    }

    private static boolean isSubquery(Field<?> f, SQLDialect dialect) {
        return DSL.using(dialect).renderInlined(f).toLowerCase(Locale.ROOT).contains("select ");
    }
}
