package io.aksara.jooq.sql;

import io.aksara.lookup.ArraySlice;
import org.jooq.Context;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.CustomField;
import org.jooq.impl.DSL;

/**
 * An array slice, {@code (tags)[1:2]} for Django's {@code tags__0_2}. It is written here rather
 * than as a plain-SQL template because jOOQ reads {@code :2} in a template as a named bind
 * marker; the bounds are numbers parsed from digits only, written as they are.
 */
final class ArraySlicePart extends CustomField<Object> {
    private static final long serialVersionUID = 1L; // jOOQ query parts are Serializable
    private final Field<?> array;
    private final int first;
    private final int last;

    @SuppressWarnings("unchecked")
    ArraySlicePart(Field<?> array, ArraySlice slice) {
        super(DSL.name("slice"), (DataType<Object>) array.getDataType());
        this.array = array;
        // PostgreSQL counts from 1 and includes both ends: Django's [from, to) is [from + 1, to]
        this.first = slice.from() + 1;
        this.last = slice.to();
    }

    @Override
    public void accept(Context<?> ctx) {
        ctx.sql('(').visit(array).sql(")[").sql(first).sql(':').sql(last).sql(']');
    }
}
