package io.aksara.bench.boot;

import com.zaxxer.hikari.HikariDataSource;
import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.bench.BenchConfig;
import io.aksara.bench.boot.hibernate.HM50;
import io.aksara.bench.boot.models.M50;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * One fresh JVM of the bootstrap benchmark ({@link Bootstrap}): starts one stack the way an
 * application with 50 models would, runs its first query (row 1 of {@code boot_m50}), prints
 * {@code FIRST-RESULT <uptime ms> <process CPU ns> <name read>} and halts, so the time to the
 * result is all that is measured. Stacks:
 *
 * <ul>
 *   <li>{@code jdbc}: a HikariCP pool of 5 and one prepared SELECT, read by index;</li>
 *   <li>{@code aksara}: {@code Aksara.configure}, all 50 metamodels initialised (registered), as
 *       an application that touches its models at startup, then {@code M50.objects.get("pk", 1)};</li>
 *   <li>{@code aksara-lazy}: the same without touching the other 49: models register when first used;</li>
 *   <li>{@code hibernate}: a native bootstrap of the 50 entities over a HikariCP pool of 5, then
 *       {@code session.find(HM50.class, 1L)}.</li>
 * </ul>
 */
public final class FirstQuery {
    static final int MODELS = 50;

    private FirstQuery() {}

    public static void main(String[] args) throws Exception {
        String name = switch (args[0]) {
            case "jdbc" -> jdbc();
            case "aksara" -> aksara(true);
            case "aksara-lazy" -> aksara(false);
            case "hibernate" -> hibernate();
            default -> throw new IllegalArgumentException("unknown stack " + args[0] + "; one of jdbc, aksara, aksara-lazy, hibernate");
        };
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        System.out.println("FIRST-RESULT " + uptime + " " + cpu + " " + name);
        System.out.flush();
        Runtime.getRuntime().halt(0); // the pool and the session factory are not closed: only the start counts
    }

    private static String jdbc() throws SQLException {
        HikariDataSource pool = BenchConfig.pool("boot-jdbc");
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, name, amount, price, active, created_at, note, parent_id"
                        + " from boot_m50 where id = ?")) {
            ps.setLong(1, 1L);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(2);
            }
        }
    }

    private static String aksara(boolean allModels) throws ClassNotFoundException {
        Aksara.configure(DatabaseConfig.builder().url(BenchConfig.url()).user(BenchConfig.user())
                .password(BenchConfig.password()).poolSize(BenchConfig.POOL_SIZE).build());
        if (allModels) {
            for (int k = 1; k <= MODELS; k++) {
                Class.forName(String.format("io.aksara.bench.boot.models.M%02d_", k), true, FirstQuery.class.getClassLoader());
            }
        }
        return M50.objects.get("pk", 1L).name;
    }

    private static String hibernate() throws ClassNotFoundException {
        HikariDataSource pool = BenchConfig.pool("boot-hibernate");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("jakarta.persistence.nonJtaDataSource", pool)
                .applySetting("hibernate.cache.use_second_level_cache", false)
                .applySetting("hibernate.generate_statistics", false)
                .applySetting("hibernate.hbm2ddl.auto", "none")
                .applySetting("hibernate.show_sql", false)
                .build();
        List<Class<?>> entities = new ArrayList<>();
        for (int k = 1; k <= MODELS; k++) {
            entities.add(Class.forName(String.format("io.aksara.bench.boot.hibernate.HM%02d", k)));
        }
        SessionFactory sf = new MetadataSources(registry).addAnnotatedClasses(entities.toArray(Class<?>[]::new))
                .buildMetadata().buildSessionFactory();
        try (Session s = sf.openSession()) {
            return s.find(HM50.class, 1L).name;
        }
    }
}
