package io.aksara.jooq.internal;

import io.aksara.jooq.ModelTable;
import io.aksara.query.ColumnPath;
import io.aksara.query.Hop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The joins of one SELECT: one per distinct chain of relation steps, shared by every column that
 * needs it. To-one steps ({@code author__name}) keep one row per row; to-many steps
 * ({@code books__price}, for aggregates) repeat the row per related row, as in Django. Steps
 * along a required foreign key are INNER JOINs (the target always exists); every other step, and
 * every step after one, is a LEFT JOIN, so rows without a related row are kept (an aggregate over
 * them is then NULL, a count 0).
 */
public final class Joins {
    private final Scope root;
    private final LoweringContext ctx;
    private final Map<List<Hop>, Scope> joined = new LinkedHashMap<>();
    private final Map<Scope, List<Hop>> prefixes = new IdentityHashMap<>();
    /** Tables joined with LEFT JOIN: the steps after them must be outer too, or they would drop rows. */
    private final Set<Scope> outer = Collections.newSetFromMap(new IdentityHashMap<>());
    private Table<?> from;

    public Joins(Scope root, LoweringContext ctx) {
        this.root = root;
        this.ctx = ctx;
        this.from = root.table();
        prefixes.put(root, List.of());
    }

    /** The column at the end of the path, joining each step once. */
    public Field<Object> column(ColumnPath path) {
        Scope scope = root;
        List<Hop> hops = path.hops();
        for (int i = 0; i < hops.size(); i++) {
            List<Hop> prefix = List.copyOf(hops.subList(0, i + 1));
            Scope previous = scope;
            Hop hop = hops.get(i);
            scope = joined.computeIfAbsent(prefix, p -> {
                Scope next = Scope.aliased(ModelTable.of(hop.to(), ctx.dialect()), ctx.nextAlias("j"));
                Condition on = HopLinks.on(hop, next, previous);
                // a required key always has its target (the constraint sees to it), so an inner join
                // keeps every row; it also lets PostgreSQL lock the joined rows FOR UPDATE, which it
                // refuses on the nullable side of an outer join
                boolean required = !hop.reverse() && !hop.foreignKey().nullable() && !outer.contains(previous);
                if (required) {
                    from = from.join(next.table()).on(on);
                } else {
                    from = from.leftJoin(next.table()).on(on);
                    outer.add(next);
                }
                prefixes.put(next, p);
                return next;
            });
        }
        return ColumnLowering.transformed(scope.field(path.field()), path, ctx);
    }

    /** The table joined for {@code hop} from {@code scope}, or null when that step is not joined. */
    Scope joined(Scope scope, Hop hop) {
        List<Hop> prefix = prefixes.get(scope);
        if (prefix == null) {
            return null;
        }
        List<Hop> key = new ArrayList<>(prefix);
        key.add(hop);
        return joined.get(key);
    }

    /** Whether some join steps to many rows (so rows repeat). */
    public boolean joinsToMany() {
        return joined.keySet().stream().anyMatch(p -> p.getLast().toMany());
    }

    /** The root table with every join made so far; take it after lowering the rest of the statement. */
    public Table<?> from() {
        return from;
    }
}
