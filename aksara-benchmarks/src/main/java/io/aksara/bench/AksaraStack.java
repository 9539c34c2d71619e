package io.aksara.bench;

import static io.aksara.Param.param;

import io.aksara.Aksara;
import io.aksara.CompiledQuery;
import io.aksara.DatabaseConfig;
import io.aksara.QuerySet;
import io.aksara.bench.Rows.JournalData;
import io.aksara.bench.models.Fortune;
import io.aksara.bench.models.Journal;
import io.aksara.bench.models.JournalBulk;
import io.aksara.bench.models.Owner;
import io.aksara.bench.models.World;
import io.aksara.jooq.JooqBackend;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Aksara through its public API only, configured from a URL as most applications do: it opens
 * its own HikariCP pool of the same size, with what that brings (the fair queue in front of the
 * pool, the session time zone UTC). It could be handed the benchmark's {@code DataSource}
 * ({@code DatabaseConfig.of(ds)}), but then it would run without its fair queue (that applies to
 * its own pool only), which W8 and the latency runs measure. For the comparison to be fair the
 * other stacks go the other way in the one-JVM harnesses: {@link Stack#openAll} gives them this
 * pool ({@link #pool}), so that all four run on the same connections; in JMH each stack has a
 * fork of its own. W6 is {@code bulkCreate}, W7 {@code prefetchRelated} (two queries, as Django).
 */
@State(Scope.Benchmark)
public class AksaraStack implements Stack {
    private static final CompiledQuery<World> PK = World.objects.filter("pk", param("id")).compile();
    private final Map<Integer, CompiledQuery<Journal>> firstRows = new ConcurrentHashMap<>();

    @Setup(Level.Trial)
    public void open(Db db) {
        open(true);
    }

    /** Opens Aksara on the benchmark database, with its fair queue in front of the pool or without. */
    void open(boolean fairQueue) {
        Aksara.configure(DatabaseConfig.builder().url(BenchConfig.url()).user(BenchConfig.user())
                .password(BenchConfig.password()).poolSize(BenchConfig.POOL_SIZE).fairQueue(fairQueue).build());
        World.objects.count(); // open the pool outside the measurement
    }

    /** Opens Aksara on another database (the stub driver's, for the overhead benchmarks), with the same pool size. */
    public void openAt(String url) {
        Aksara.configure(DatabaseConfig.builder().url(url).poolSize(BenchConfig.POOL_SIZE).build());
        World.objects.count();
    }

    /** The pool Aksara opened (what the other stacks of {@link Stack#openAll} borrow from). */
    public DataSource pool() {
        return JooqBackend.of(Aksara.backend()).dataSource();
    }

    @TearDown(Level.Trial)
    public void close() {
        Aksara.close();
    }

    @Override
    public String name() {
        return "aksara";
    }

    @Override
    public World pk(int id) {
        return World.objects.get("pk", id);
    }

    @Override
    public List<Journal> filter(int level, int n) {
        return Journal.objects.filter("level", level).orderBy("id").limit(n).fetch();
    }

    /** W1 as a compiled query: resolved once, each call gives only the key. */
    public World pkCompiled(int id) {
        return PK.with("id", id).get();
    }

    /** W2 as a compiled query (one per row count, as a slice is part of a compiled query). */
    public List<Journal> filterCompiled(int level, int n) {
        return firstRows.computeIfAbsent(n, rows -> Journal.objects.filter("level", param("level")).orderBy("id")
                .limit(rows).compile()).with("level", level).fetch();
    }

    @Override
    public List<Journal> page(int level, int offset) {
        return Journal.objects.filter("level", level).orderBy("id").slice(offset, offset + Params.PAGE).fetch();
    }

    @Override
    public List<Journal> dynamic(int shape, int level, OffsetDateTime since, String prefix) {
        return buildDynamic(shape, level, since, prefix).fetch();
    }

    /** W4's four shapes as compiled queries, indexed as {@link JdbcStack#DYNAMIC}: no QuerySet is built per call. */
    private static final List<CompiledQuery<Journal>> DYNAMIC = List.of(dynamicShape(0), dynamicShape(1), dynamicShape(2),
            dynamicShape(3));

    private static CompiledQuery<Journal> dynamicShape(int shape) {
        QuerySet<Journal> qs = Journal.objects.filter("level", param("level"));
        if ((shape & 1) != 0) {
            qs = qs.filter("ts__gte", param("since"));
        }
        if ((shape & 2) != 0) {
            qs = qs.filter("text__startswith", param("prefix"));
        }
        return qs.orderBy("id").limit(Params.PAGE).compile();
    }

    /** W4 on one compiled query per shape ({@link FloorProbe}: what building the QuerySet per call costs). */
    public List<Journal> dynamicCompiled(int shape, int level, OffsetDateTime since, String prefix) {
        var run = DYNAMIC.get(shape).with("level", level);
        if ((shape & 1) != 0) {
            run = run.with("since", since);
        }
        if ((shape & 2) != 0) {
            run = run.with("prefix", prefix);
        }
        return run.fetch();
    }

    /** W4's QuerySet, built and not run ({@link FloorProbe} measures the building apart). */
    public QuerySet<Journal> buildDynamic(int shape, int level, OffsetDateTime since, String prefix) {
        QuerySet<Journal> qs = Journal.objects.filter("level", level);
        if ((shape & 1) != 0) {
            qs = qs.filter("ts__gte", since);
        }
        if ((shape & 2) != 0) {
            qs = qs.filter("text__startswith", prefix);
        }
        return qs.orderBy("id").limit(Params.PAGE);
    }

    @Override
    public World updatePk(int id) {
        World w = World.objects.get("pk", id);
        w.randomNumber = Params.nextRandom(w.randomNumber);
        w.save();
        return w;
    }

    /** {@code bulkCreate}: one multi-row INSERT per batch (one here), keys set on the objects. */
    @Override
    public List<Long> bulkInsert(JournalData[] rows) {
        return JournalBulk.objects.bulkCreate(instances(rows)).stream().map(e -> e.id).toList();
    }

    /** New, unsaved instances of these rows. */
    public static List<JournalBulk> instances(JournalData[] rows) {
        List<JournalBulk> entities = new ArrayList<>(rows.length);
        for (JournalData r : rows) {
            JournalBulk e = new JournalBulk();
            e.ts = r.ts();
            e.level = r.level();
            e.text = r.text();
            e.a = r.a();
            e.b = r.b();
            e.c = r.c();
            e.d = r.d();
            entities.add(e);
        }
        return entities;
    }

    /** {@code prefetchRelated("pets")}: the owners, then their pets with one IN query. */
    @Override
    public List<Owner> prefetch(int city) {
        return Owner.objects.filter("cityId", city).orderBy("id").prefetchRelated("pets").fetch();
    }

    @Override
    public List<Fortune> fortunes() {
        List<Fortune> out = new ArrayList<>(Fortune.objects.all().fetch());
        Fortune extra = new Fortune();
        extra.message = Params.EXTRA_FORTUNE;
        out.add(extra);
        out.sort(Comparator.comparing(f -> f.message));
        return out;
    }
}
