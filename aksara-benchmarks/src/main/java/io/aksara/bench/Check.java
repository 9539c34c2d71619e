package io.aksara.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Run before the benchmarks ({@code ./benchmark} does): creates the data set if needed, then
 * checks that every stack returns the same values as raw JDBC for a sample of each workload's
 * parameters, so the timings compare equal work. Exits 1 on any difference.
 */
public final class Check {
    private final List<Stack> stacks;
    private final JdbcStack jdbc;
    private final Db db;
    private int comparisons;
    private int nonEmptyDynamic;
    private final List<String> failures = new ArrayList<>();

    private Check(Db db, List<Stack> stacks) {
        this.db = db;
        this.stacks = stacks;
        this.jdbc = (JdbcStack) stacks.getFirst();
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Db db = new Db();
        db.open();
        List<Stack> stacks = Stack.openAll(db);
        Check check = new Check(db, stacks);
        try {
            check.run();
        } finally {
            BenchData.ensure(db.ds); // undo W5/W6
            Stack.closeAll(stacks);
            db.close();
        }
        if (!check.failures.isEmpty()) {
            System.err.println("check: " + check.failures.size() + " of " + check.comparisons + " comparisons FAILED:");
            check.failures.stream().limit(20).forEach(f -> System.err.println("  " + f));
            System.exit(1);
        }
        System.out.printf("check: jdbc, jooq, hibernate and aksara returned equal results in %d comparisons "
                + "in %.1f s%n", check.comparisons, (System.nanoTime() - start) / 1e9);
    }

    private void run() {
        for (int id : new int[] {1, 42, 5000, 10000}) {
            same("W1 id=" + id, s -> s.pk(id), 1);
        }
        for (int n : new int[] {10, 100, 1000}) {
            for (int i = 0; i < 5; i++) {
                int level = Params.level(i);
                same("W2 level=" + level + " n=" + n, s -> s.filter(level, n), n);
            }
        }
        for (int i : new int[] {0, 7, 123, 249}) {
            int level = Params.level(i);
            int offset = Params.offset(i);
            same("W3 level=" + level + " offset=" + offset, s -> s.page(level, offset), Params.PAGE);
        }
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 101, 102, 103, 104, 397, 398, 399}) {
            int shape = Params.shape(i);
            int level = Params.level(i);
            OffsetDateTime since = Params.since(i);
            String prefix = Params.prefix(i);
            same("W4 shape=" + shape + " level=" + level + " since=" + since + " prefix=" + prefix,
                    s -> s.dynamic(shape, level, since, prefix), -1);
        }
        // some shape/parameter combinations match nothing (as in real use); most must match rows
        expect("W4 sample mostly non-empty", nonEmptyDynamic >= 10, nonEmptyDynamic + " of 15 non-empty");
        for (int city : new int[] {1, 42, 100}) {
            same("W7 city=" + city, s -> s.prefetch(city), 50);
        }
        for (int city : new int[] {1, 42, 100}) {
            Object twoQueries = Canon.of(jdbc.prefetch(city));
            Object join = Canon.of(jdbc.prefetchJoin(city));
            expect("jdbc W7 join city=" + city, twoQueries.equals(join), "the one-join variant differs from the two queries:\n    "
                    + abbreviate(twoQueries) + "\n    " + abbreviate(join));
        }
        same("fortunes", Stack::fortunes, 13);
        int id = 4242;
        for (Stack s : stacks) {
            int before = jdbc.pk(id).randomNumber();
            Object result = Canon.of(s.updatePk(id));
            int after = jdbc.pk(id).randomNumber();
            expect(s.name() + " W5 id=" + id, after == Params.nextRandom(before)
                    && result.equals(new Canon.CWorld(id, after)), "before " + before + ", row after " + after + ", returned " + result);
        }
        Rows.JournalData[] rows = Params.bulkRows(Params.BULK);
        for (Stack s : stacks) {
            BenchData.truncateBulk(db.ds);
            List<Long> ids = s.bulkInsert(rows);
            List<Rows.JournalData> stored = readBulk(ids);
            expect(s.name() + " W6", ids.size() == rows.length && ids.stream().distinct().count() == rows.length
                    && sameData(stored, rows), ids.size() + " ids, stored " + stored.size() + " rows");
        }
    }

    private void same(String what, Function<Stack, Object> work, int expectedSize) {
        Object reference = Canon.of(work.apply(jdbc));
        int size = reference instanceof List<?> l ? l.size() : reference == null ? 0 : 1;
        if (expectedSize >= 0) {
            expect("jdbc " + what + " size", size == expectedSize, "got " + size + " rows, expected " + expectedSize);
        } else {
            nonEmptyDynamic += size > 0 ? 1 : 0;
        }
        for (Stack s : stacks.subList(1, stacks.size())) {
            Object other = Canon.of(work.apply(s));
            expect(s.name() + " " + what, Objects.equals(reference, other), "differs from jdbc:\n    jdbc: "
                    + abbreviate(reference) + "\n    " + s.name() + ": " + abbreviate(other));
        }
    }


    private void expect(String what, boolean ok, String detail) {
        comparisons++;
        if (!ok) {
            failures.add(what + ": " + detail);
        }
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }

    private List<Rows.JournalData> readBulk(List<Long> ids) {
        List<Rows.JournalData> out = new ArrayList<>();
        try (Connection c = db.ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select ts, level, text, a, b, c, d from journal_bulk where id = any (?) order by id")) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Rows.JournalData(rs.getObject(1, OffsetDateTime.class), rs.getShort(2), rs.getString(3),
                            rs.getInt(4), rs.getLong(5), rs.getBigDecimal(6), rs.getBoolean(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static boolean sameData(List<Rows.JournalData> stored, Rows.JournalData[] rows) {
        if (stored.size() != rows.length) {
            return false;
        }
        for (int k = 0; k < rows.length; k++) {
            Rows.JournalData a = stored.get(k);
            Rows.JournalData b = rows[k];
            if (!a.ts().toInstant().equals(b.ts().toInstant()) || a.level() != b.level() || !a.text().equals(b.text())
                    || a.a() != b.a() || a.b() != b.b() || a.c().compareTo(b.c()) != 0 || a.d() != b.d()) {
                return false;
            }
        }
        return true;
    }
}
