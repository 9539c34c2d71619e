package io.aksara.expr;

import io.aksara.F;
import io.aksara.errors.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * A window function ({@code RowNumber}, {@code Rank}, {@code DenseRank}, {@code Lag}, {@code Lead},
 * {@code FirstValue}) or an aggregate computed over the rows of a partition, without grouping
 * them: {@code f OVER (PARTITION BY ... ORDER BY ...)}.
 *
 * <pre>{@code
 * Book.objects.annotate(Window.of(RowNumber.of()).partitionBy("author").orderBy("-price", "title").as("rank"));
 * Book.objects.annotate(Window.of(Sum.of("price")).partitionBy("author").as("authorTotal"));
 * }</pre>
 *
 * @param function    the window function or aggregate
 * @param partitionBy the partitions (to-one field paths or expressions); empty for one partition
 * @param orderBy     the ordering inside a partition ({@code "-price"}; annotation names too)
 */
public record Window(Expression function, List<Expression> partitionBy, List<String> orderBy) implements Expression {
    public Window {
        if (function == null) {
            throw new FieldError("Window needs a function, got null");
        }
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }

    /** A window over every row, unordered, until {@link #partitionBy} and {@link #orderBy}. */
    public static Window of(Expression function) {
        return new Window(function, List.of(), List.of());
    }

    /** Partitions by these field paths (strings) or expressions. */
    public Window partitionBy(Object... partitions) {
        List<Expression> out = new ArrayList<>();
        for (Object p : partitions) {
            if (p instanceof String s) {
                out.add(F.of(s));
            } else if (p instanceof Expression e) {
                out.add(e);
            } else {
                throw new FieldError("Window.partitionBy takes field paths or expressions, got " + FieldError.describe(p));
            }
        }
        return new Window(function, out, orderBy);
    }

    /** Orders each partition by these fields ({@code "-price"} descending). */
    public Window orderBy(String... fields) {
        return new Window(function, partitionBy, List.of(fields));
    }
}
