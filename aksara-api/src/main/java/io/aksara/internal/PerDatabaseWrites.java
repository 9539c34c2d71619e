package io.aksara.internal;

import io.aksara.Aksara;
import io.aksara.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * A bulk write whose objects a router sends to several databases (shards): the objects are
 * grouped by the database each one routes to, every group is checked before any SQL, and the
 * groups are written inside one atomic block per database, all open until the last group is
 * written ({@link AcrossDatabases}).
 */
final class PerDatabaseWrites {
    private PerDatabaseWrites() {}

    /** Whether a bulk write of {@code model} with no {@code using(...)} is split per instance. */
    static boolean applies(String using, Class<? extends Model> model) {
        return using == null && Routing.routesEachInstance(model);
    }

    /**
     * Groups {@code objs} by their routed database and prepares {@code write} for each group now
     * (so every group is validated first); the returned writing runs them all and combines the results.
     */
    static <T extends Model, R> Supplier<R> split(List<T> objs, BiFunction<String, List<T>, Supplier<R>> write,
            BinaryOperator<R> combine, R none) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        for (T o : objs) {
            String alias = Routing.write(o.getClass(), o);
            groups.computeIfAbsent(alias == null ? Aksara.DEFAULT : alias, a -> new ArrayList<>()).add(o);
        }
        Map<String, Supplier<R>> prepared = new LinkedHashMap<>();
        groups.forEach((alias, group) -> prepared.put(alias, write.apply(alias, group)));
        if (prepared.size() == 1) {
            return prepared.values().iterator().next();
        }
        return () -> AcrossDatabases.atomic(List.copyOf(prepared.keySet()), () -> {
            R out = none;
            for (Supplier<R> part : prepared.values()) {
                out = combine.apply(out, part.get());
            }
            return out;
        });
    }
}
