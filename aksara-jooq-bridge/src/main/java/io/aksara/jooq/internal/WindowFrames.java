package io.aksara.jooq.internal;

import io.aksara.query.Expr;
import java.util.List;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.WindowSpecification;
import org.jooq.WindowSpecificationRowsAndStep;
import org.jooq.WindowSpecificationRowsStep;
import org.jooq.impl.DSL;

/**
 * A window's frame, {@code ROWS|RANGE BETWEEN start AND end}: an offset of null is UNBOUNDED, 0
 * is CURRENT ROW, negative is PRECEDING and positive FOLLOWING. Every database here writes it the
 * same way (jOOQ renders it).
 */
final class WindowFrames {
    private WindowFrames() {}

    static WindowSpecification apply(List<Field<?>> partitions, List<SortField<?>> sorts, Expr.Window.Frame frame) {
        WindowSpecificationRowsStep base = partitions.isEmpty()
                ? (sorts.isEmpty() ? null : DSL.orderBy(sorts))
                : DSL.partitionBy(partitions).orderBy(sorts);
        WindowSpecificationRowsAndStep between = start(base, frame);
        Integer end = frame.end();
        if (end == null) {
            return between.andUnboundedFollowing();
        }
        if (end == 0) {
            return between.andCurrentRow();
        }
        return end < 0 ? between.andPreceding(-end) : between.andFollowing(end);
    }

    private static WindowSpecificationRowsAndStep start(WindowSpecificationRowsStep base, Expr.Window.Frame frame) {
        Integer start = frame.start();
        if (frame.rows()) {
            if (start == null) {
                return base == null ? DSL.rowsBetweenUnboundedPreceding() : base.rowsBetweenUnboundedPreceding();
            }
            if (start == 0) {
                return base == null ? DSL.rowsBetweenCurrentRow() : base.rowsBetweenCurrentRow();
            }
            if (start < 0) {
                return base == null ? DSL.rowsBetweenPreceding(-start) : base.rowsBetweenPreceding(-start);
            }
            return base == null ? DSL.rowsBetweenFollowing(start) : base.rowsBetweenFollowing(start);
        }
        if (start == null) {
            return base == null ? DSL.rangeBetweenUnboundedPreceding() : base.rangeBetweenUnboundedPreceding();
        }
        if (start == 0) {
            return base == null ? DSL.rangeBetweenCurrentRow() : base.rangeBetweenCurrentRow();
        }
        if (start < 0) {
            return base == null ? DSL.rangeBetweenPreceding(-start) : base.rangeBetweenPreceding(-start);
        }
        return base == null ? DSL.rangeBetweenFollowing(start) : base.rangeBetweenFollowing(start);
    }
}
