package io.aksara;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the managers from drifting away from QuerySet: its public API is spread over several
 * interfaces ({@link QuerySetRefining}, {@link QuerySetReading}, ...), and a method added to one
 * of them must also be offered by {@link QueryMethods} (so by {@code Manager}, {@code Related} and
 * {@code Many}), unless it is one that Django keeps off its managers too.
 */
class ManagerForwardingTest {
    /**
     * QuerySet methods a manager does not offer, each for a reason: Django's {@code delete} is
     * queryset-only (so {@code Model.objects.delete()} cannot wipe a table by accident);
     * {@code or}/{@code and} are Django's {@code |}/{@code &} operators; the rest describe one
     * QuerySet's state ({@code ordered}, {@code db}, {@code query}, the model) or are Aksara's own
     * shortcuts on an already-built QuerySet.
     */
    private static final Set<String> QUERYSET_ONLY = Set.of(
            "delete()", "deleteAsync()", "or(QuerySet)", "and(QuerySet)", "offset(long)",
            "isOrdered()", "isNone()", "isStrict()", "timeout()", "database()", "query()", "meta()",
            "compile()", "sql()", "getOrNull()", "getOrNullAsync()", "toString()", "of(ModelMeta)");

    @Test
    void everyQuerySetMethodHasAManagerCounterpart() {
        for (Class<?> manager : List.of(Manager.class, Related.class, Many.class)) {
            Set<String> missing = new TreeSet<>(signatures(QuerySet.class));
            missing.removeAll(signatures(manager));
            missing.removeAll(QUERYSET_ONLY);

            assertThat(missing).as("QuerySet methods that " + manager.getSimpleName() + " does not forward").isEmpty();
        }
    }

    @Test
    void managerMethodsAreReachableFromAQuerySet() {
        // the other direction: a manager method that forwards to all() must exist on QuerySet
        Set<String> forwarded = new TreeSet<>(signatures(QueryMethods.class));
        forwarded.removeAll(signatures(QuerySet.class));

        assertThat(forwarded).as("QueryMethods methods with no QuerySet method behind them").isEmpty();
    }

    @Test
    void querySetStaysSmallAndItsInterfacesAreSealedToIt() {
        for (Class<?> part : QuerySet.class.getInterfaces()) {
            if (part.getSimpleName().startsWith("QuerySet")) {
                assertThat(part.isSealed()).as(part.getSimpleName() + " is sealed").isTrue();
                assertThat(part.getPermittedSubclasses()).containsExactly(QuerySet.class);
            }
        }
        assertThat(QuerySet.class.getInterfaces()).contains(QuerySetRefining.class, QuerySetLoading.class,
                QuerySetReading.class, QuerySetProjecting.class, QuerySetWriting.class);
    }

    private static Set<String> signatures(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class || m.getName().equals("toString"))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .map(ManagerForwardingTest::signature)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String signature(Method m) {
        return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",", "(", ")"));
    }
}
