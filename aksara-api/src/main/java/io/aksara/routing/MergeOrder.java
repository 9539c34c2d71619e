package io.aksara.routing;

import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.errors.AksaraException;
import io.aksara.expr.OrderBy;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.OrderTerm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order a fan-out merges the shards' rows in: the QuerySet's {@code orderBy}, else the
 * model's Meta ordering, on the model's own fields. Values compare by their Java natural order
 * (numbers, dates and times as the database does; strings by code point, which may differ from a
 * database collation). NULLs sort as PostgreSQL sorts them unless the term places them: after
 * every value ascending, before them descending.
 */
final class MergeOrder<T extends Model> {
    private final Comparator<T> comparator;

    private MergeOrder(Comparator<T> comparator) {
        this.comparator = comparator;
    }

    static <T extends Model> MergeOrder<T> of(QuerySet<T> query) {
        ModelMeta<T> meta = query.meta();
        List<Comparator<T>> terms = new ArrayList<>();
        if (!query.query().ordering().isEmpty()) {
            for (OrderTerm term : query.query().ordering()) {
                if (term.path() == null || !term.path().hops().isEmpty() || !term.path().transforms().isEmpty()) {
                    throw new AksaraException("acrossShards() merges rows by " + meta.name() + "'s own fields; the ordering term "
                            + (term.path() == null ? term.expression() : term.path()) + " cannot be merged across shards");
                }
                terms.add(comparing(term.field(), term.descending(), term.nulls()));
            }
        } else if (query.isOrdered()) {
            for (String name : meta.ordering()) {
                boolean descending = name.startsWith("-");
                terms.add(comparing(meta.field(descending ? name.substring(1) : name), descending, null));
            }
        }
        return new MergeOrder<>(terms.stream().reduce(Comparator::thenComparing).orElse(null));
    }

    /** Sorts the merged rows in place; without an ordering they stay in shard order. */
    void sort(List<T> rows) {
        if (comparator != null) {
            rows.sort(comparator);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T extends Model> Comparator<T> comparing(FieldMeta<?, ?> field, boolean descending, OrderBy.Nulls nulls) {
        boolean nullsFirst = nulls == null ? descending : nulls == OrderBy.Nulls.FIRST;
        Comparator<Comparable> values = descending ? Comparator.<Comparable>naturalOrder().reversed() : Comparator.naturalOrder();
        Comparator<Comparable> withNulls = nullsFirst ? Comparator.nullsFirst(values) : Comparator.nullsLast(values);
        return (a, b) -> withNulls.compare((Comparable) field.columnValueUnchecked(a), (Comparable) field.columnValueUnchecked(b));
    }
}
