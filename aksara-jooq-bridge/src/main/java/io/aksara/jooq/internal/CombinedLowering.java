package io.aksara.jooq.internal;

import io.aksara.errors.AksaraException;
import io.aksara.jooq.ModelTable;
import io.aksara.meta.FieldMeta;
import io.aksara.query.Combination;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import io.aksara.jooq.vendor.Vendor;
import org.jooq.Select;
import org.jooq.SelectLimitStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Lowers a combined query ({@code union}, {@code intersection}, {@code difference}) to
 * {@code SELECT u.<columns> FROM (<a> UNION <b> ...) AS u ORDER BY u.<column> LIMIT ..}. The
 * derived table gives the ordering and slice plain column names to refer to, on every database.
 * An operand that is sliced or itself combined is wrapped as {@code SELECT * FROM (...) AS oN},
 * which every database accepts inside a set operation (bare parenthesised operands with their
 * own LIMIT are not portable). Operands always select every column, in the model's field order.
 *
 * <pre>{@code
 * select u.id, u.name from ((select users.id, users.name from users where users.age < ?)
 *     union (select users.id, users.name from users where users.is_active = ?)) as u order by u.name
 * }</pre>
 */
public final class CombinedLowering {
    /** The alias of the combined rows. */
    static final String ALIAS = "combined";

    private CombinedLowering() {}

    /** The combined rows, ordered and sliced. */
    public static Select<Record> rows(Vendor vendor, SelectQuery<?> q) {
        Combination c = q.combination();
        if (q.lock() != null) {
            throw new AksaraException("selectForUpdate() cannot be used after " + c.kind().method()
                    + "(): a lock belongs to one SELECT, not to a combination");
        }
        Table<Record> combined = combine(vendor, c).asTable(ALIAS);
        List<Field<?>> columns = new ArrayList<>();
        for (FieldMeta<?, ?> f : q.readFields()) {
            columns.add(column(vendor, q, f));
        }
        List<SortField<Object>> sort = new ArrayList<>();
        for (OrderTerm t : q.ordering()) {
            if (!t.path().hops().isEmpty() || !t.path().transforms().isEmpty()) {
                throw new AksaraException("A combined QuerySet (" + c.kind().method() + ") can only be ordered by the"
                        + " model's own fields; '" + t.path() + "' is not one");
            }
            Field<Object> f = column(vendor, q, t.field());
            sort.add(t.descending() ? f.desc() : f.asc());
        }
        SelectLimitStep<Record> ordered = DSL.select(columns).from(combined).orderBy(sort);
        return QueryLowering.slice(ordered, q, vendor);
    }

    private static Select<Record> combine(Vendor vendor, Combination c) {
        Select<Record> out = null;
        int n = 0;
        for (SelectQuery<?> operand : c.operands()) {
            // every operand reads whole rows; the outer SELECT picks the columns
            Select<Record> part = operand(vendor, operand.withLoaded(null), ++n);
            if (out == null) {
                out = part;
                continue;
            }
            out = switch (c.kind()) {
                case UNION -> c.all() ? out.unionAll(part) : out.union(part);
                case INTERSECT -> out.intersect(part);
                case EXCEPT -> out.except(part);
            };
        }
        return out;
    }

    /** A fresh SELECT for one operand (jOOQ's set operations change the SELECT they are called on). */
    private static Select<Record> operand(Vendor vendor, SelectQuery<?> operand, int n) {
        Select<Record> rows = QueryLowering.rows(vendor, operand);
        if (operand.isSliced() || operand.isCombined()) {
            return DSL.select(DSL.asterisk()).from(rows.asTable("o" + n));
        }
        return rows;
    }

    private static Field<Object> column(Vendor vendor, SelectQuery<?> q, FieldMeta<?, ?> f) {
        Field<Object> typed = ModelTable.of(q.model(), vendor.dialect()).field(f);
        return DSL.field(Identifiers.of(ALIAS, f.column()), typed.getDataType());
    }

}
