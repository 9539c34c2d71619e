package io.aksara.test;

import io.aksara.QueryLog;
import java.util.List;
import java.util.function.Supplier;

/**
 * Django's {@code assertNumQueries}: how many statements a block runs, with every statement's SQL
 * in the failure message, so an N+1 loop shows itself as the same SELECT repeated.
 *
 * <pre>{@code
 * import static io.aksara.test.QueryAssertions.assertNumQueries;
 *
 * assertNumQueries(1, () -> Track.objects.selectRelated("album").fetch().forEach(t -> t.album.get()));
 * List<Artist> artists = assertNumQueries(3, () -> Artist.objects.prefetchRelated("albums__tracks").fetch());
 * }</pre>
 *
 * <p>Counted are the statements Aksara sends (SELECT, INSERT, UPDATE, DELETE, also those that fail
 * on the database), as {@link QueryLog#capture} lists them; transaction control (BEGIN, COMMIT,
 * savepoints) is not counted. Statements run on other threads are not seen.
 */
public final class QueryAssertions {
    private QueryAssertions() {}

    /** Runs the block and fails unless it ran exactly {@code expected} statements. */
    public static void assertNumQueries(int expected, Runnable block) {
        assertNumQueries(expected, () -> {
            block.run();
            return null;
        });
    }

    /** As {@link #assertNumQueries(int, Runnable)}, returning what the block returned. */
    public static <T> T assertNumQueries(int expected, Supplier<T> block) {
        if (expected < 0) {
            throw new IllegalArgumentException("assertNumQueries expects a count of 0 or more, got " + expected);
        }
        Object[] result = new Object[1];
        List<String> statements = QueryLog.capture(() -> result[0] = block.get());
        if (statements.size() != expected) {
            throw new AssertionError(expected + " " + queries(expected) + " expected, " + statements.size()
                    + " executed:" + numbered(statements));
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static String queries(int n) {
        return n == 1 ? "query" : "queries";
    }

    private static String numbered(List<String> statements) {
        if (statements.isEmpty()) {
            return " (none)";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            out.append(System.lineSeparator()).append(i + 1).append(". ").append(statements.get(i));
        }
        return out.toString();
    }
}
