package io.aksara;

import io.aksara.internal.QueryCapture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SQL statements a block of code runs, in order: for tests that pin down how many queries a
 * page needs ({@code selectRelated} of two levels is one), and for finding N+1 patterns. Only
 * statements run on the calling thread are seen ({@code ...Async} methods run on other threads).
 * Transaction control (BEGIN, COMMIT, savepoints) is not listed; a statement the database
 * refused with an error is (it was sent). To log every statement instead,
 * enable the {@code io.aksara.sql} logger at debug level.
 *
 * <pre>{@code
 * List<String> sql = QueryLog.capture(() -> Review.objects.selectRelated("book__author").fetch());
 * assertThat(sql).hasSize(1);
 * }</pre>
 */
public final class QueryLog {
    private QueryLog() {}

    /** Runs the block and returns the SQL of every statement it ran. */
    public static List<String> capture(Runnable block) {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        ScopedValue.where(QueryCapture.SCOPE, statements).run(block);
        return List.copyOf(statements);
    }
}
