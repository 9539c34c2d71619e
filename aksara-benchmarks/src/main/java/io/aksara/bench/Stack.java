package io.aksara.bench;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One data-access stack doing the workloads of benchmarks.md §6. Each method borrows what it
 * needs from its pool and returns the stack's own objects (entities, records or model instances);
 * {@link Canon} turns them into comparable values for {@link Check}.
 */
public interface Stack {
    String name();

    /** Connects to the benchmark database (a JMH trial setup for the JMH benchmarks). */
    void open(Db db);

    /** Releases what {@link #open} took; most stacks hold nothing of their own. */
    default void close() {}

    /**
     * The four stacks, opened, in the order of the result tables: jdbc, jooq, hibernate, aksara.
     * Aksara opens its own pool (its default, with the fair queue) and the other three borrow from
     * that same pool, so that in a one-JVM harness every stack's statements run on the same
     * connection and server process: where the server process runs moves the client's CPU per
     * round trip by 2-3x (FloorProbe with {@code -Dfloor.pin}), more than any stack's own code.
     */
    static List<Stack> openAll(Db db) {
        AksaraStack aksara = new AksaraStack();
        aksara.open(db);
        Db shared = db.on(aksara.pool());
        List<Stack> stacks = List.of(new JdbcStack(), new JooqStack(), new HibernateStack(), aksara);
        stacks.subList(0, 3).forEach(s -> s.open(shared));
        return stacks;
    }

    /** Closes the stacks in reverse order. */
    static void closeAll(List<Stack> stacks) {
        for (int i = stacks.size() - 1; i >= 0; i--) {
            stacks.get(i).close();
        }
    }

    /** W1: one world row by primary key. */
    Object pk(int id);

    /** W2: journal rows with {@code level = l}, ordered by id, the first {@code n}. */
    Object filter(int level, int n);

    /** W3: a page of 20 journal rows with {@code level = l}, ordered by id, from {@code offset}. */
    Object page(int level, int offset);

    /** W4: a query built at call time from one of 4 shapes; ordered by id, first 20 rows. */
    Object dynamic(int shape, int level, OffsetDateTime since, String prefix);

    /** W5: read a world row by key, change randomnumber, write that one column back. */
    Object updatePk(int id);

    /** W6: insert the rows, returning their generated keys in order. */
    List<Long> bulkInsert(Rows.JournalData[] rows);

    /** W7: the 50 owners of a city, each with its pets; null support means "n/a". */
    Object prefetch(int city);

    /** W8 part: TFB fortunes: all 12 rows, one added in memory, sorted by message. */
    Object fortunes();
}
