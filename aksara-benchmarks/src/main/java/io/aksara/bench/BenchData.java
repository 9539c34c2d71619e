package io.aksara.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Creates the benchmark's tables and rows, idempotently: the data set is (re)built only when the
 * version row in {@code bench_meta} is missing or different. Every call also undoes what the
 * write workloads left behind (W5 changes world values, W6 fills journal_bulk), so every fork
 * starts from the same data.
 *
 * <ul>
 *   <li>{@code world(id int PK, randomnumber int)}: 10,000 rows (TFB); randomnumber is a fixed
 *       permutation of 1..10,000.</li>
 *   <li>{@code fortune(id int PK, message varchar(2048))}: TFB's 12 rows.</li>
 *   <li>{@code journal}: 10,000 rows, the tortoise shape plus 4 columns, as in local-anchors.md:
 *       {@code setseed(0.42)}, level {@code 10*(1+floor(random()*5))}, ts in 37 s steps from
 *       2026-01-01, text {@code 'Journal entry <i> <md5>'}; indexes on level and text.</li>
 *   <li>{@code journal_bulk}: the same columns, empty; W6 inserts here.</li>
 *   <li>{@code city} 100, {@code owner} 5,000 (50 per city), {@code pet} 10,000 (2 per owner): W7.</li>
 * </ul>
 */
public final class BenchData {
    /** Bump when the data set changes: the next run rebuilds it. */
    static final String VERSION = "aksara-bench-1";

    static final String[] FORTUNES = {
        "fortune: No such file or directory",
        "A computer scientist is someone who fixes things that aren't broken.",
        "After enough decimal places, nobody gives a damn.",
        "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1",
        "A computer program does what you tell it to do, not what you want it to do.",
        "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen",
        "Any program that runs right is obsolete.",
        "A list is only as strong as its weakest link. — Donald Knuth",
        "Feature: A bug with seniority.",
        "Computers make very fast, very accurate mistakes.",
        "<script>alert(\"This should not be displayed in a browser alert box.\");</script>",
        "フレームワークのベンチマーク",
    };

    /** world.randomnumber of a fresh data set: a permutation of 1..10,000 (7919 is prime to 10,000). */
    static final String WORLD_VALUE = "1 + (id * 7919 + 13) % 10000";

    private BenchData() {}

    public static void ensure(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("create table if not exists bench_meta (key varchar(40) primary key, value varchar(200) not null)");
            String version = null;
            try (ResultSet rs = st.executeQuery("select value from bench_meta where key = 'data'")) {
                if (rs.next()) {
                    version = rs.getString(1);
                }
            }
            if (!VERSION.equals(version)) {
                rebuild(c, st);
            }
            int changed = st.executeUpdate("update world set randomnumber = " + WORLD_VALUE
                    + " where randomnumber <> " + WORLD_VALUE);
            st.execute("truncate journal_bulk restart identity");
            if (changed > 0) {
                st.execute("vacuum analyze world");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the benchmark data at " + BenchConfig.url() + ": " + e.getMessage(), e);
        }
    }

    /** Empties journal_bulk (W6 calls this before every iteration). */
    public static void truncateBulk(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("truncate journal_bulk restart identity");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rebuild(Connection c, Statement st) throws SQLException {
        long start = System.nanoTime();
        System.err.println("bench-data: building the data set " + VERSION + " ...");
        st.execute("drop table if exists pet, owner, city, journal_bulk, journal, fortune, world cascade");
        st.execute("drop sequence if exists journal_bulk_hib_seq");
        st.execute("create table world (id int primary key, randomnumber int not null)");
        st.execute("insert into world (id, randomnumber) select id, " + WORLD_VALUE + " from generate_series(1, 10000) id");

        st.execute("create table fortune (id int primary key, message varchar(2048) not null)");
        try (PreparedStatement ps = c.prepareStatement("insert into fortune (id, message) values (?, ?)")) {
            for (int i = 0; i < FORTUNES.length; i++) {
                ps.setInt(1, i + 1);
                ps.setString(2, FORTUNES[i]);
                ps.addBatch();
            }
            ps.executeBatch();
        }

        String journalColumns = "(id bigserial primary key, ts timestamptz not null, level smallint not null, "
                + "text varchar(255) not null, a int not null, b bigint not null, c numeric(12,4) not null, d boolean not null)";
        st.execute("create table journal " + journalColumns);
        st.execute("select setseed(0.42)");
        st.execute("insert into journal (ts, level, text, a, b, c, d) "
                + "select timestamptz '2026-01-01 00:00:00+00' + (i - 1) * interval '37 seconds', "
                + "10 * (1 + floor(random() * 5))::int, 'Journal entry ' || i || ' ' || md5(i::text), "
                + "i % 1000, i::bigint * 1000003, round((i % 100000)::numeric / 7, 4), i % 2 = 0 "
                + "from generate_series(1, 10000) i order by i");
        st.execute("create index journal_level_idx on journal (level)");
        st.execute("create index journal_text_idx on journal (text)");
        st.execute("create table journal_bulk " + journalColumns);
        // Hibernate's W6 ids: a pooled sequence (allocationSize 50, benchmarks.md §6.1), far above bigserial's range
        st.execute("create sequence journal_bulk_hib_seq start 1000000000 increment 50");

        st.execute("create table city (id int primary key, name varchar(80) not null)");
        st.execute("insert into city select i, 'City ' || i from generate_series(1, 100) i");
        st.execute("create table owner (id int primary key, first_name varchar(30) not null, last_name varchar(30) not null, "
                + "city_id int not null references city (id))");
        st.execute("insert into owner select i, 'First' || i, 'Last' || substr(md5(i::text), 1, 8), 1 + (i - 1) % 100 "
                + "from generate_series(1, 5000) i");
        st.execute("create index owner_city_idx on owner (city_id)");
        st.execute("create table pet (id int primary key, name varchar(30) not null, birth_date date not null, "
                + "owner_id int not null references owner (id))");
        st.execute("insert into pet select i, 'Pet' || i, date '2010-01-01' + i % 3650, 1 + (i - 1) % 5000 "
                + "from generate_series(1, 10000) i");
        st.execute("create index pet_owner_idx on pet (owner_id)");

        st.execute("vacuum analyze");
        st.execute("insert into bench_meta (key, value) values ('data', '" + VERSION + "') "
                + "on conflict (key) do update set value = excluded.value");
        System.err.printf("bench-data: built in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
