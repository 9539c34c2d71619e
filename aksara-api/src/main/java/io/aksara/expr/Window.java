package io.aksara.expr;

import io.aksara.F;
import io.aksara.errors.FieldError;
import io.aksara.query.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * A window function ({@code RowNumber}, {@code Rank}, {@code DenseRank}, {@code PercentRank},
 * {@code CumeDist}, {@code NTile}, {@code Lag}, {@code Lead}, {@code FirstValue},
 * {@code LastValue}, {@code NthValue}) or an aggregate computed over the rows of a partition,
 * without grouping them: {@code f OVER (PARTITION BY ... ORDER BY ... [ROWS|RANGE BETWEEN ...])}.
 *
 * <pre>{@code
 * Book.objects.annotate(Window.of(RowNumber.of()).partitionBy("author").orderBy("-price", "title").as("rank"));
 * Book.objects.annotate(Window.of(Sum.of("price")).partitionBy("author").as("authorTotal"));
 * // a moving sum over the row before, this row and the row after (Django's RowRange(start=-1, end=1))
 * Book.objects.annotate(Window.of(Sum.of("price")).orderBy("year").rowsBetween(-1, 1).as("moving"));
 * }</pre>
 *
 * @param function    the window function or aggregate
 * @param partitionBy the partitions (to-one field paths or expressions); empty for one partition
 * @param orderBy     the ordering inside a partition ({@code "-price"}; annotation names too)
 * @param frame       the frame, or null for the database's default
 */
public record Window(Expression function, List<Expression> partitionBy, List<String> orderBy, Expr.Window.Frame frame)
        implements Expression {
    public Window {
        if (function == null) {
            throw new FieldError("Window needs a function, got null");
        }
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }

    /** A window with the database's default frame. */
    public Window(Expression function, List<Expression> partitionBy, List<String> orderBy) {
        this(function, partitionBy, orderBy, null);
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
        return new Window(function, out, orderBy, frame);
    }

    /** Orders each partition by these fields ({@code "-price"} descending). */
    public Window orderBy(String... fields) {
        return new Window(function, partitionBy, List.of(fields), frame);
    }

    /**
     * {@code ROWS BETWEEN start AND end}, offsets in rows from the current one: null is UNBOUNDED,
     * 0 the current row, negative PRECEDING, positive FOLLOWING (Django's {@code RowRange}).
     *
     * <pre>{@code Window.of(Sum.of("salary")).orderBy("hireDate").rowsBetween(null, 0)   // a running total }</pre>
     */
    public Window rowsBetween(Integer start, Integer end) {
        return new Window(function, partitionBy, orderBy, frame(true, start, end));
    }

    /**
     * {@code RANGE BETWEEN start AND end}: offsets in values of the (single, numeric) ordering
     * column; null is UNBOUNDED, 0 CURRENT ROW (Django's {@code ValueRange}).
     *
     * <pre>{@code Window.of(Avg.of("salary")).orderBy("age").rangeBetween(-2, 2) }</pre>
     */
    public Window rangeBetween(Integer start, Integer end) {
        return new Window(function, partitionBy, orderBy, frame(false, start, end));
    }

    private static Expr.Window.Frame frame(boolean rows, Integer start, Integer end) {
        return new Expr.Window.Frame(rows, start, end); // the record checks the bounds
    }
}
