package io.aksara.jooq.internal;

import io.aksara.jooq.ModelTable;
import io.aksara.jooq.sql.TransformSql;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldType;
import io.aksara.query.ColumnPath;
import io.aksara.query.Hop;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Turns a {@link ColumnPath} into a column expression. Steps along foreign keys become scalar
 * subqueries ({@code (select r1.name from categories r1 where r1.id = products.category_id)}),
 * which yield exactly one value per row (or NULL) on every database; transforms wrap the column.
 */
public final class ColumnLowering {
    private ColumnLowering() {}

    /** The column, relative to {@code scope}, with its transforms applied. */
    public static Field<Object> column(ColumnPath path, Scope scope, LoweringContext ctx) {
        if (!path.hops().isEmpty()) {
            Hop hop = path.hops().getFirst();
            if (hop.toMany()) {
                throw new IllegalStateException("to-many paths are lowered as EXISTS, not as columns: " + path);
            }
            Scope inner = Scope.aliased(ModelTable.of(hop.to(), ctx.dialect()), ctx.nextAlias("r"));
            Field<Object> value = column(path.tail(), inner, ctx);
            return DSL.field(DSL.select(value).from(inner.table())
                    .where(HopLinks.on(hop, inner, scope)));
        }
        return transformed(scope.field(path.field()), path, ctx);
    }

    /** Applies the path's transforms to a column and types the result by the path's output type. */
    @SuppressWarnings("unchecked")
    public static Field<Object> transformed(Field<Object> column, ColumnPath path, LoweringContext ctx) {
        if (path.transforms().isEmpty()) {
            return column;
        }
        Field<?> f = column;
        FieldType fieldType = path.field().columnType();
        // a transform that keeps the kind (an array slice) keeps the column's own type: an integer[]
        // stays integer[], where the type of FieldType.ARRAY alone would be text[]
        DataType<Object> type = column.getDataType();
        for (Transform t : path.transforms()) {
            f = TransformSql.apply(t, f, ctx.vendor());
            fieldType = t.outputType(fieldType);
            if (!t.keepsKind()) {
                type = (DataType<Object>) ColumnTypes.ofType(fieldType, ctx.dialect());
            }
        }
        return f.coerce(type);
    }
}
