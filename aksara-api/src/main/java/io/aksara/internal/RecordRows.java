package io.aksara.internal;

import io.aksara.errors.FieldError;
import io.aksara.query.Expr;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Function;

/**
 * Builds records from projected rows, for {@code valuesList(SomeRecord.class, ...)}. The record's
 * canonical constructor is found and checked against the columns once; each row is then one
 * method-handle call.
 */
public final class RecordRows {
    private RecordRows() {}

    public static <R extends Record> Function<Object[], R> shaper(Class<R> type, List<String> names, List<Expr> columns,
            String model) {
        RecordComponent[] components = type.getRecordComponents();
        if (components.length != columns.size()) {
            throw new FieldError("Record " + type.getSimpleName() + " has " + components.length + " components but "
                    + columns.size() + " columns of " + model + " were asked for");
        }
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Class<?> actual = columns.get(i).type().javaClass();
            if (!box(types[i]).isAssignableFrom(actual)) {
                throw new FieldError("Record component " + type.getSimpleName() + "." + components[i].getName() + " is "
                        + types[i].getSimpleName() + " but '" + names.get(i) + "' holds " + actual.getSimpleName());
            }
        }
        MethodHandle constructor;
        try {
            Constructor<R> c = type.getDeclaredConstructor(types);
            c.setAccessible(true); // records declared inside methods or classes are not public
            constructor = MethodHandles.lookup().unreflectConstructor(c).asSpreader(Object[].class, types.length);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new FieldError("Cannot use record " + type.getName() + " for rows: " + e.getMessage());
        }
        return row -> {
            try {
                return type.cast(constructor.invoke(row));
            } catch (Throwable t) {
                throw new FieldError("Cannot build " + type.getSimpleName() + " from a row: " + t);
            }
        };
    }

    private static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return MethodType.methodType(c).wrap().returnType();
    }
}
