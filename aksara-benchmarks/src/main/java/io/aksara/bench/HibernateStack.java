package io.aksara.bench;

import io.aksara.bench.Rows.JournalData;
import io.aksara.bench.hibernate.HFortune;
import io.aksara.bench.hibernate.HJournal;
import io.aksara.bench.hibernate.HJournalBulk;
import io.aksara.bench.hibernate.HOwner;
import io.aksara.bench.hibernate.HPet;
import io.aksara.bench.hibernate.HWorld;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Hibernate ORM 7, native bootstrap over the shared Hikari pool: a session per operation, no
 * second-level cache, no statistics, JDBC batch size 50. Reads run without a transaction, as
 * in the reference run. W5 also runs without one (with {@code allow_update_outside_transaction}
 * and an explicit flush), so every stack sends the same two statements: Aksara has no
 * transactions yet. W6 runs in one transaction, Hibernate's only way to batch the inserts.
 */
@State(Scope.Benchmark)
public class HibernateStack implements Stack {
    static final String FILTER = "from HJournal j where j.level = :level order by j.id";
    static final String PREFETCH = "select o from HOwner o left join fetch o.pets p where o.cityId = :city order by o.id, p.id";

    private StandardServiceRegistry registry;
    private SessionFactory sf;

    @Setup(Level.Trial)
    public void open(Db db) {
        registry = new StandardServiceRegistryBuilder()
                .applySetting("jakarta.persistence.nonJtaDataSource", db.ds)
                .applySetting("hibernate.jdbc.batch_size", 50)
                .applySetting("hibernate.order_inserts", true)
                .applySetting("hibernate.allow_update_outside_transaction", true)
                .applySetting("hibernate.cache.use_second_level_cache", false)
                .applySetting("hibernate.generate_statistics", false)
                .applySetting("hibernate.hbm2ddl.auto", "none")
                .applySetting("hibernate.show_sql", false)
                .build();
        sf = new MetadataSources(registry)
                .addAnnotatedClasses(HWorld.class, HJournal.class, HJournalBulk.class, HFortune.class, HOwner.class, HPet.class)
                .buildMetadata().buildSessionFactory();
    }

    @TearDown(Level.Trial)
    public void close() {
        if (sf != null) {
            sf.close();
        }
        if (registry != null) {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    @Override
    public String name() {
        return "hibernate";
    }

    @Override
    public HWorld pk(int id) {
        try (Session s = sf.openSession()) {
            return s.find(HWorld.class, id);
        }
    }

    @Override
    public List<HJournal> filter(int level, int n) {
        try (Session s = sf.openSession()) {
            return s.createSelectionQuery(FILTER, HJournal.class)
                    .setParameter("level", (short) level).setMaxResults(n).getResultList();
        }
    }

    @Override
    public List<HJournal> page(int level, int offset) {
        try (Session s = sf.openSession()) {
            return s.createSelectionQuery(FILTER, HJournal.class)
                    .setParameter("level", (short) level).setFirstResult(offset).setMaxResults(Params.PAGE).getResultList();
        }
    }

    /** Built at call time with the Criteria API, Hibernate's idiom for dynamic queries. */
    @Override
    public List<HJournal> dynamic(int shape, int level, OffsetDateTime since, String prefix) {
        try (Session s = sf.openSession()) {
            CriteriaBuilder cb = s.getCriteriaBuilder();
            CriteriaQuery<HJournal> q = cb.createQuery(HJournal.class);
            Root<HJournal> j = q.from(HJournal.class);
            List<Predicate> where = new ArrayList<>(3);
            where.add(cb.equal(j.get("level"), (short) level));
            if ((shape & 1) != 0) {
                where.add(cb.greaterThanOrEqualTo(j.get("ts"), since));
            }
            if ((shape & 2) != 0) {
                where.add(cb.like(j.get("text"), prefix + "%", '!'));
            }
            q.select(j).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(j.get("id")));
            return s.createSelectionQuery(q).setMaxResults(Params.PAGE).getResultList();
        }
    }

    @Override
    public HWorld updatePk(int id) {
        try (Session s = sf.openSession()) {
            HWorld w = s.find(HWorld.class, id);
            w.randomNumber = Params.nextRandom(w.randomNumber);
            s.flush();
            return w;
        }
    }

    @Override
    public List<Long> bulkInsert(JournalData[] rows) {
        return sf.fromTransaction(s -> {
            List<HJournalBulk> entities = new ArrayList<>(rows.length);
            for (JournalData r : rows) {
                HJournalBulk e = new HJournalBulk();
                e.ts = r.ts();
                e.level = r.level();
                e.text = r.text();
                e.a = r.a();
                e.b = r.b();
                e.c = r.c();
                e.d = r.d();
                s.persist(e);
                entities.add(e);
            }
            s.flush();
            List<Long> ids = new ArrayList<>(rows.length);
            for (HJournalBulk e : entities) {
                ids.add(e.id);
            }
            return ids;
        });
    }

    /** One query with a fetch join (Hibernate 6+ de-duplicates the owners). */
    @Override
    public List<HOwner> prefetch(int city) {
        try (Session s = sf.openSession()) {
            return s.createSelectionQuery(PREFETCH, HOwner.class).setParameter("city", city).getResultList();
        }
    }

    @Override
    public List<HFortune> fortunes() {
        try (Session s = sf.openSession()) {
            List<HFortune> out = new ArrayList<>(s.createSelectionQuery("from HFortune", HFortune.class).getResultList());
            out.add(new HFortune(0, Params.EXTRA_FORTUNE));
            out.sort(Comparator.comparing(f -> f.message));
            return out;
        }
    }
}
