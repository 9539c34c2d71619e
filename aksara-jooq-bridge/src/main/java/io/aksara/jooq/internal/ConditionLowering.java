package io.aksara.jooq.internal;

import io.aksara.errors.AksaraException;
import io.aksara.internal.Placeholders;
import io.aksara.jooq.Dialects;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.sql.LookupSql;
import io.aksara.lookup.Lookup;
import io.aksara.meta.FieldType;
import io.aksara.query.Expr;
import io.aksara.query.Filter;
import io.aksara.query.Hop;
import io.aksara.query.Placeholder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Lowers a resolved {@link Filter} to a jOOQ {@link Condition}. Values are converted for the
 * dialect and bound; names come from model metadata only.
 *
 * <p>Lookups across a relation become {@code EXISTS} subqueries, never joins, so a filter across
 * a to-many relation matches each parent once. Lookups on the same relation inside one AND (one
 * {@code filter()} call) share one subquery, so they must hold for the same related row, as in
 * Django. Under NOT the subquery is negated as a whole: {@code exclude(books__title="x")} keeps
 * the authors without such a book.
 *
 * <p>Under a NOT, a lookup on a nullable column also requires the column to be non-null, so
 * {@code exclude("rating__lt", 3)} keeps rows whose rating is NULL, as Django does. Plain SQL
 * would drop them, because {@code NOT (NULL < 3)} is not true. A nullable column on the other
 * side ({@code exclude("a", F.of("b"))}) is required non-null there too.
 */
public final class ConditionLowering {
    private ConditionLowering() {}

    public static Condition lower(Filter filter, Scope scope, LoweringContext ctx) {
        return lower(filter, scope, false, ctx);
    }

    private static Condition lower(Filter filter, Scope scope, boolean negated, LoweringContext ctx) {
        return switch (filter) {
            case Filter.Everything e -> DSL.noCondition();
            case Filter.Match m when m.value() instanceof Placeholder p -> throw Placeholders.unbound(p);
            case Filter.Compare c when c.value() instanceof Placeholder p -> throw Placeholders.unbound(p);
            case Filter.Match m -> m.path().hops().isEmpty() ? match(m, scope, negated, ctx)
                    : related(m.path().hops().getFirst(), List.of(tail(m)), scope, negated, ctx);
            case Filter.Compare c -> compare(c, negated, ctx);
            case Filter.Raw r -> raw(r);
            case Filter.Related r -> r.present() ? presence(r.hops(), scope, ctx) : absence(r.hops(), scope, ctx);
            case Filter.Not n -> DSL.not(lower(n.part(), scope, !negated, ctx));
            case Filter.And a -> DSL.and(and(a.parts(), scope, negated, ctx));
            case Filter.Chain c -> {
                List<Condition> calls = new ArrayList<>(c.calls().size());
                for (Filter f : c.calls()) {
                    calls.add(lower(f, scope, negated, ctx));
                }
                yield DSL.and(calls);
            }
            case Filter.Or o -> {
                List<Condition> parts = new ArrayList<>(o.parts().size());
                for (Filter f : o.parts()) {
                    parts.add(lower(f, scope, negated, ctx));
                }
                yield DSL.or(parts);
            }
        };
    }

    /** A jOOQ condition given by the user ({@code Jooq.condition(...)}), as it is. */
    private static Condition raw(Filter.Raw r) {
        if (r.condition() instanceof JooqCondition j) {
            return j.condition();
        }
        throw new AksaraException("A raw condition made for " + r.condition().backend()
                + " cannot run on the jOOQ backend: " + r.condition());
    }

    /**
     * The parts of an AND; lookups through the same first relation step share one subquery. An OR
     * beside them that also goes through that to-many step joins the subquery too, so it speaks of
     * the same related row (Django's one join per relation within a filter call):
     * {@code Q(tags=t1) & (Q(creator__name="x") | Q(tags=t2))} needs one tag that is t1 and, unless
     * the creator is x, t2.
     */
    private static List<Condition> and(List<Filter> filters, Scope scope, boolean negated, LoweringContext ctx) {
        List<Condition> out = new ArrayList<>(filters.size());
        Map<Hop, List<Filter>> byRelation = new LinkedHashMap<>();
        List<Filter> others = new ArrayList<>();
        for (Filter f : filters) {
            if (f instanceof Filter.Match m && !m.path().hops().isEmpty()) {
                byRelation.computeIfAbsent(m.path().hops().getFirst(), h -> new ArrayList<>()).add(tail(m));
            } else {
                others.add(f);
            }
        }
        Map<Hop, List<Filter>> shared = new LinkedHashMap<>();
        for (Filter f : others) {
            Hop hop = f instanceof Filter.Or ? byRelation.keySet().stream().filter(h -> h.toMany() && goesThrough(f, h))
                    .findFirst().orElse(null) : null;
            if (hop != null) {
                shared.computeIfAbsent(hop, h -> new ArrayList<>()).add(f);
            } else {
                out.add(lower(f, scope, negated, ctx));
            }
        }
        byRelation.forEach((hop, rest) -> out.add(related(hop, rest, shared.getOrDefault(hop, List.of()), scope, negated, ctx)));
        return out;
    }

    /** Whether a condition names the relation step {@code hop} outside any negation. */
    private static boolean goesThrough(Filter f, Hop hop) {
        return switch (f) {
            case Filter.Match m -> !m.path().hops().isEmpty() && m.path().hops().getFirst().equals(hop);
            case Filter.Or o -> o.parts().stream().anyMatch(p -> goesThrough(p, hop));
            case Filter.And a -> a.parts().stream().anyMatch(p -> goesThrough(p, hop));
            default -> false;
        };
    }

    /** A condition inside the subquery of {@code hop}: its lookups through the step read the related row. */
    private static Condition sharing(Filter f, Hop hop, Scope related, Scope outer, LoweringContext ctx) {
        return switch (f) {
            case Filter.Match m when goesThrough(m, hop) -> lower(tail(m), related, false, ctx);
            case Filter.Or o -> DSL.or(o.parts().stream().map(p -> sharing(p, hop, related, outer, ctx)).toList());
            case Filter.And a -> DSL.and(a.parts().stream().map(p -> sharing(p, hop, related, outer, ctx)).toList());
            default -> lower(f, outer, false, ctx);
        };
    }

    private static Filter tail(Filter.Match m) {
        return BindTrace.follow(m, new Filter.Match(m.path().tail(), m.lookup(), m.value()));
    }

    /**
     * {@code EXISTS (SELECT 1 FROM related r WHERE r joins scope AND rest)}; or, where the statement
     * joined this to-many step for an aggregate and the condition comes before it (or is the
     * aggregate's own filter), {@code rest} on the joined row itself.
     */
    private static Condition related(Hop hop, List<Filter> rest, Scope scope, boolean negated, LoweringContext ctx) {
        return related(hop, rest, List.of(), scope, negated, ctx);
    }

    private static Condition related(Hop hop, List<Filter> rest, List<Filter> shared, Scope scope, boolean negated,
            LoweringContext ctx) {
        if ((!negated || ctx.reuseJoinsNegated()) && hop.toMany() && ctx.reuseJoins()) {
            Scope joined = ctx.joins().joined(scope, hop);
            if (joined != null) {
                List<Condition> parts = new ArrayList<>(and(rest, joined, negated, ctx));
                shared.forEach(f -> parts.add(sharing(f, hop, joined, scope, ctx)));
                return DSL.and(parts);
            }
        }
        Scope inner = Scope.aliased(ModelTable.of(hop.to(), ctx.dialect()), ctx.nextAlias("r"));
        List<Condition> parts = new ArrayList<>(and(rest, inner, false, ctx));
        shared.forEach(f -> parts.add(sharing(f, hop, inner, scope, ctx)));
        Condition body = DSL.and(parts);
        Condition exists = DSL.exists(DSL.selectOne().from(inner.table()).where(link(hop, inner, scope).and(body)));
        if (shared.isEmpty() && rest.size() == 1 && rest.getFirst() instanceof Filter.Match m
                && m.lookup().name().equals("isnull") && Boolean.TRUE.equals(m.value())) {
            // a missing related row is NULL too, as in Django's LEFT JOIN: category__parent__isnull holds when
            // there is no category, tags__name__isnull when there is no tag
            return exists.or(missing(hop, scope, ctx));
        }
        return exists;
    }

    /** No row at the end of this step: a NULL forward key, or no row pointing back. */
    private static Condition missing(Hop hop, Scope scope, LoweringContext ctx) {
        if (!hop.reverse() && !hop.toMany()) {
            return HopLinks.nullableColumn(hop.foreignKey(), scope).isNull();
        }
        Scope inner = Scope.aliased(ModelTable.of(hop.to(), ctx.dialect()), ctx.nextAlias("r"));
        return DSL.notExists(DSL.selectOne().from(inner.table()).where(link(hop, inner, scope)));
    }

    /**
     * {@code a__b__isnull=true}: some chain of related rows stops before its end, as the rows of
     * Django's LEFT JOIN do: no {@code a}, or an {@code a} with no {@code b}.
     */
    private static Condition absence(List<Hop> hops, Scope scope, LoweringContext ctx) {
        if (hops.size() == 1) {
            return DSL.not(presence(hops, scope, ctx));
        }
        Hop hop = hops.getFirst();
        Scope inner = Scope.aliased(ModelTable.of(hop.to(), ctx.dialect()), ctx.nextAlias("r"));
        Condition deeper = absence(hops.subList(1, hops.size()), inner, ctx);
        return missing(hop, scope, ctx).or(DSL.exists(DSL.selectOne().from(inner.table())
                .where(link(hop, inner, scope).and(deeper))));
    }

    private static Condition presence(List<Hop> hops, Scope scope, LoweringContext ctx) {
        Hop hop = hops.getFirst();
        Scope inner = Scope.aliased(ModelTable.of(hop.to(), ctx.dialect()), ctx.nextAlias("r"));
        Condition rest = hops.size() == 1 ? DSL.noCondition() : presence(hops.subList(1, hops.size()), inner, ctx);
        return DSL.exists(DSL.selectOne().from(inner.table()).where(link(hop, inner, scope).and(rest)));
    }

    /** How a related row joins its parent: the foreign key on whichever side declares it. */
    private static Condition link(Hop hop, Scope inner, Scope outer) {
        return HopLinks.on(hop, inner, outer);
    }

    private static Condition match(Filter.Match m, Scope scope, boolean negated, LoweringContext ctx) {
        if (JsonSql.isKeyPath(m.path())) {
            Condition c = BindTrace.lookup(m, m.value(), LookupSql.records(LookupSql.of(m.lookup())),
                    () -> JsonSql.condition(scope.field(m.field()), m.path(), m.lookup(), m.value(), ctx.vendor()));
            return negated && !m.lookup().name().equals("isnull") ? c.and(DSL.not(JsonSql.missing(scope.field(m.field()), m.path(), ctx.vendor()))) : c;
        }
        Field<Object> column = ColumnLowering.transformed(scope.field(m.field()), m.path(), ctx);
        if (m.field().columnType() == FieldType.JSON && m.lookup().name().equals("exact")
                && Dialects.isMysqlFamily(ctx.dialect())) {
            // equal documents contain each other; comparing the texts would depend on formatting
            Field<Object> doc = DSL.val(JdbcValues.toJdbc(m.value(), ctx.dialect()));
            return DSL.condition("json_contains({0}, {1}) and json_contains({1}, {0})", column, doc);
        }
        LookupSql.Renderer renderer = LookupSql.of(m.lookup());
        Object value = bindable(m.lookup(), m.value(), ctx);
        Condition c = BindTrace.lookup(m, value, LookupSql.records(renderer), () -> renderer.render(column, value, ctx.vendor()));
        if (negated && m.field().nullable() && !m.lookup().name().equals("isnull")) {
            c = c.and(column.isNotNull());
        }
        if (negated && value instanceof Field<?> other && m.value() instanceof Expr.Column col && mayBeNull(col)) {
            // the other side too, as Django: exclude(other_num=F("another_num")) keeps the rows
            // whose another_num is NULL, where NOT (x = NULL) alone would drop them
            c = c.and(other.isNotNull());
        }
        return c;
    }

    private static boolean mayBeNull(Expr.Column col) {
        return col.path().field().nullable() || !col.path().hops().isEmpty();
    }

    /** A lookup on a computed value: an annotation (a HAVING condition when it aggregates), or a boolean such as EXISTS. */
    private static Condition compare(Filter.Compare c, boolean negated, LoweringContext ctx) {
        if (c.expression() instanceof Expr.Exists x && c.lookup().name().equals("exact") && c.value() instanceof Boolean b) {
            var select = ExprLowering.exists(x, ctx);
            return b ? DSL.exists(select) : DSL.notExists(select);
        }
        Field<Object> value = ExprLowering.lower(c.expression(), ctx);
        Condition cond = LookupSql.of(c.lookup()).render(value, bindable(c.lookup(), c.value(), ctx), ctx.vendor());
        if (negated && nullable(c.expression()) && !c.lookup().name().equals("isnull")) {
            cond = cond.and(value.isNotNull()); // as for columns: exclude() keeps the NULLs
        }
        return cond;
    }

    private static boolean nullable(Expr e) {
        return !(e instanceof Expr.Exists)
                && !(e instanceof Expr.Aggregate a && a.function() == Expr.Aggregate.Function.COUNT)
                && !(e instanceof Expr.Ref r && !nullable(r.target()));
    }

    private static Object bindable(Lookup lookup, Object value, LoweringContext ctx) {
        if (value instanceof Expr.Subquery s) {
            return ExprLowering.subquery(s, ctx.vendor());
        }
        if (value instanceof Expr e) {
            return ExprLowering.lower(e, ctx);
        }
        if (value instanceof List<?> list) {
            List<Object> jdbc = list.stream().map(v -> JdbcValues.toJdbc(v, ctx.dialect())).toList();
            // in: how a list is written depends on the database (InListSql)
            return lookup.name().equals("in") ? new InListSql.Values(jdbc, ctx.vendor()) : jdbc;
        }
        return JdbcValues.toJdbc(value, ctx.dialect());
    }
}
