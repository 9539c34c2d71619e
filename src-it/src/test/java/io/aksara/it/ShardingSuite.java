package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Q;
import io.aksara.Ref;
import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.Min;
import io.aksara.aggregates.Sum;
import io.aksara.errors.AksaraException;
import io.aksara.errors.RelationNotAllowed;
import io.aksara.errors.ShardKeyRequired;
import io.aksara.it.models.ShardedOrder;
import io.aksara.it.models.ShardedOrderLine;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.routing.ShardRouter;
import io.aksara.routing.ShardStrategy;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link ShardRouter} over three real PostgreSQL servers ({@link ShardServers}): the shared one and
 * two of the suite's own. Where a row went is checked by asking each shard with {@code using(...)}.
 * It runs with the server suites (POSTGRES_SERVER), not once per {@code TestDatabase}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShardingSuite {
    private static final List<String> SHARDS = List.of("shard0", "shard1", "shard2");

    private final ShardRouter router = ShardRouter.of(ShardStrategy.hash("shard0", "shard1", "shard2"))
            .shard(ShardedOrder.class, "customerId").shard(ShardedOrderLine.class, "customerId");
    private ShardServers servers;
    private List<DatabaseConfig> configs;
    private Migrations migrations;

    @BeforeAll
    void startShardsAndMigrateEveryOne() throws IOException {
        servers = ShardServers.start();
        configs = servers.configs();
        Aksara.routers();
        Aksara.configure(configs.getFirst()); // the default database holds no sharded table
        for (int i = 0; i < SHARDS.size(); i++) {
            Aksara.configure(SHARDS.get(i), configs.get(i));
            dropLeftovers(configs.get(i));
        }
        Aksara.routers(router);
        List<ModelMeta<?>> models = List.of(ModelRegistry.metaOf(ShardedOrder.class), ModelRegistry.metaOf(ShardedOrderLine.class));
        migrations = Migrations.at(Files.createTempDirectory("aksara-it-shards")).models(models);
        migrations.forDatabase(SHARDS.getFirst()).makemigrations(MakeMigrationsOptions.defaults());
        for (String shard : router.shards()) {
            migrations.forDatabase(shard).migrate();
        }
    }

    @BeforeEach
    void emptyEveryShard() {
        Aksara.routers(router);
        for (String shard : SHARDS) {
            ShardedOrderLine.objects.using(shard).delete();
            ShardedOrder.objects.using(shard).delete();
        }
    }

    @AfterAll
    void dropAndStop() {
        try {
            if (migrations != null) {
                Aksara.routers(router);
                for (String shard : SHARDS) {
                    migrations.forDatabase(shard).migrate("zero");
                }
                configs.forEach(ShardingSuite::dropLeftovers);
            }
        } finally {
            Aksara.routers();
            Aksara.close();
            if (servers != null) {
                servers.discard();
            }
        }
    }

    @Test
    void migrationsRunOnEveryShardAndTheDefaultDatabaseGetsNoShardedTable() {
        for (String shard : SHARDS) {
            assertThat(ShardedOrder.objects.using(shard).count()).isZero(); // the table is there
        }
        assertThat(migrations.forDatabase(Aksara.DEFAULT).modelState().tables()).isEmpty();
        assertThat(migrations.forDatabase("shard2").modelState().tables()).containsKeys("it_sharded_orders", "it_sharded_order_lines");
    }

    @Test
    void anEqualityOnTheShardKeyRoutesToItsShardAndAQueryWithoutOneIsRefused() {
        for (int c = 1; c <= 12; c++) {
            ShardedOrder.objects.create("customerId", c, "code", "c" + c, "status", c % 2 == 0 ? "open" : "paid", "total", c * 10);
        }
        for (int c = 1; c <= 12; c++) {
            for (String shard : SHARDS) {
                assertThat(ShardedOrder.objects.using(shard).filter("customerId", c).count())
                        .as("customer %d on %s", c, shard).isEqualTo(shard.equals(router.shardFor(c)) ? 1 : 0);
            }
        }
        assertThat(SHARDS.stream().filter(s -> ShardedOrder.objects.using(s).exists()).count()).isEqualTo(3);

        assertThat(ShardedOrder.objects.filter("customerId", 7).get().code).isEqualTo("c7");
        assertThat(ShardedOrder.objects.filter(Q.of("customerId", 8)).filter("status", "open").count()).isEqualTo(1);
        assertThat(ShardedOrder.objects.filter("customerId", 7).update("status", "shipped")).isEqualTo(1);
        assertThat(ShardedOrder.objects.using(router.shardFor(7)).get("code", "c7").status).isEqualTo("shipped");

        ShardedOrder eight = ShardedOrder.objects.get("customerId", 8);
        eight.total = 81;
        eight.save();
        assertThat(ShardedOrder.objects.using(router.shardFor(8)).get("code", "c8").total).isEqualTo(81);
        int elsewhere = IntStream.rangeClosed(1, 50).filter(c -> !router.shardFor(c).equals(router.shardFor(8))).findFirst().orElseThrow();
        eight.customerId = elsewhere;
        assertThatThrownBy(eight::save).isInstanceOf(AksaraException.class).hasMessageContaining("move");
        assertThat(ShardedOrder.objects.filter("customerId", 9).delete()).isEqualTo(1);

        assertThatThrownBy(() -> ShardedOrder.objects.filter("status", "open").fetch()).isInstanceOf(ShardKeyRequired.class)
                .hasMessageContaining("ShardedOrder is sharded by customerId").hasMessageContaining("acrossShards");
        assertThatThrownBy(() -> ShardedOrder.objects.count()).isInstanceOf(ShardKeyRequired.class);
        assertThatThrownBy(() -> ShardedOrder.objects.filter("customerId__in", List.of(1, 2)).fetch()).isInstanceOf(ShardKeyRequired.class);
        assertThatThrownBy(() -> ShardedOrder.objects.filter(Q.of("customerId", 1).or(Q.of("customerId", 2))).count())
                .isInstanceOf(ShardKeyRequired.class);
        assertThatThrownBy(() -> ShardedOrder.objects.filter("status", "paid").update("status", "x")).isInstanceOf(ShardKeyRequired.class);
        assertThatThrownBy(() -> ShardedOrder.objects.raw("SELECT * FROM it_sharded_orders").fetch()).isInstanceOf(ShardKeyRequired.class);
        assertThatThrownBy(() -> ShardedOrder.objects.create("code", "nokey", "status", "open")).isInstanceOf(ShardKeyRequired.class);
        assertThat(SHARDS.stream().mapToLong(s -> ShardedOrder.objects.using(s).filter("status", "x").count()).sum()).isZero();
    }

    @Test
    void relatedRowsAreReadOnTheirShardAndAForeignKeyAcrossShardsIsRefused() {
        int a = 1;
        int b = IntStream.rangeClosed(2, 50).filter(c -> !router.shardFor(c).equals(router.shardFor(a))).findFirst().orElseThrow();
        ShardedOrder orderA = ShardedOrder.objects.create("customerId", a, "code", "a", "status", "open");
        ShardedOrder orderB = ShardedOrder.objects.create("customerId", b, "code", "b", "status", "open");
        ShardedOrderLine.objects.create("customerId", a, "order", Ref.to(orderA), "quantity", 3);

        ShardedOrderLine line = ShardedOrderLine.objects.get("customerId", a);
        assertThat(line.order.get().code).isEqualTo("a");   // followed on the line's shard
        assertThatThrownBy(() -> ShardedOrderLine.objects.create("customerId", a, "order", Ref.to(orderB), "quantity", 1))
                .isInstanceOf(RelationNotAllowed.class).hasMessageContaining(router.shardFor(b));
        assertThat(ShardedOrderLine.objects.using(router.shardFor(a)).count()).isEqualTo(1);
        assertThat(ShardedOrderLine.objects.using(router.shardFor(b)).count()).isZero();
    }

    @Test
    void aFanOutMergesInOrderSlicesCountsAndCombinesAggregates() {
        List<ShardedOrder> all = new ArrayList<>();
        for (int c = 1; c <= 30; c++) {
            all.add(ShardedOrder.objects.create("customerId", c, "code", "f" + c, "status", c % 2 == 0 ? "open" : "paid",
                    "total", c * 37 % 100));                                   // 30 distinct totals
        }
        List<String> expected = all.stream().filter(o -> o.status.equals("open"))
                .sorted(Comparator.comparing((ShardedOrder o) -> o.total).reversed()).map(o -> o.code).toList();

        var open = router.acrossShards(ShardedOrder.objects.filter("status", "open").orderBy("-total"));
        assertThat(open.fetch()).extracting(o -> o.code).containsExactlyElementsOf(expected);
        assertThat(open.offset(2).limit(5).fetch()).extracting(o -> o.code).containsExactlyElementsOf(expected.subList(2, 7));
        assertThat(open.offset(13).limit(5).fetch()).extracting(o -> o.code).containsExactlyElementsOf(expected.subList(13, 15));
        assertThat(open.count()).isEqualTo(15);
        assertThat(open.offset(10).limit(100).count()).isEqualTo(5);
        assertThat(open.exists()).isTrue();
        assertThat(router.acrossShards(ShardedOrder.objects.filter("status", "lost")).exists()).isFalse();

        Map<String, Object> totals = router.acrossShards(ShardedOrder.objects.all())
                .aggregate(Count.all().as("n"), Sum.of("total").as("sum"), Min.of("total").as("min"), Max.of("total").as("max"));
        var stats = all.stream().mapToInt(o -> o.total).summaryStatistics();
        assertThat(totals).containsEntry("n", 30L);
        assertThat(((Number) totals.get("sum")).longValue()).isEqualTo(stats.getSum());
        assertThat(((Number) totals.get("min")).intValue()).isEqualTo(stats.getMin());
        assertThat(((Number) totals.get("max")).intValue()).isEqualTo(stats.getMax());

        assertThatThrownBy(() -> router.acrossShards(ShardedOrder.objects.all()).aggregate(Avg.of("total")))
                .isInstanceOf(AksaraException.class).hasMessageContaining("Count, Sum, Min and Max");
        assertThatThrownBy(() -> router.acrossShards(ShardedOrder.objects.all()).aggregate(Count.of("status").distinct()))
                .isInstanceOf(AksaraException.class).hasMessageContaining("DISTINCT");
        assertThatThrownBy(() -> router.acrossShards(ShardedOrder.objects.all().limit(3)))
                .isInstanceOf(AksaraException.class).hasMessageContaining("unsliced");
    }

    @Test
    void bulkWritesAreGroupedPerShardAndAFailureOnAnyShardWritesNothing() {
        List<ShardedOrder> batch = new ArrayList<>();
        for (int c = 1; c <= 20; c++) {
            batch.add(ShardedOrder.objects.build("customerId", c, "code", "b" + c, "status", "new", "total", c));
        }
        ShardedOrder.objects.bulkCreate(batch);
        Map<String, Long> expected = IntStream.rangeClosed(1, 20).boxed()
                .collect(Collectors.groupingBy(router::shardFor, Collectors.counting()));
        for (String shard : SHARDS) {
            assertThat(ShardedOrder.objects.using(shard).count()).isEqualTo(expected.getOrDefault(shard, 0L));
        }
        assertThat(batch).allSatisfy(o -> assertThat(o.id).isNotNull());

        List<ShardedOrder> failing = new ArrayList<>();
        for (int c = 21; c <= 30; c++) {
            failing.add(ShardedOrder.objects.build("customerId", c, "code", "b" + c, "status", "new", "total", c));
        }
        failing.add(ShardedOrder.objects.build("customerId", 5, "code", "b5", "status", "new", "total", 5)); // unique code, on 5's shard
        assertThatThrownBy(() -> ShardedOrder.objects.bulkCreate(failing)).isInstanceOf(AksaraException.class);
        assertThat(total()).isEqualTo(20);                                     // no shard kept its part
        List<ShardedOrder> keyless = List.of(ShardedOrder.objects.build("customerId", 40, "code", "k40", "status", "new"),
                ShardedOrder.objects.build("code", "nokey", "status", "new"));
        assertThatThrownBy(() -> ShardedOrder.objects.bulkCreate(keyless)).isInstanceOf(ShardKeyRequired.class);
        assertThat(total()).isEqualTo(20);

        assertThat(router.acrossShards(ShardedOrder.objects.filter("status", "new")).update("status", "ready")).isEqualTo(20);
        assertThat(router.acrossShards(ShardedOrder.objects.filter("status", "ready")).count()).isEqualTo(20);
        assertThat(ShardedOrder.objects.filter("customerId", 3).update("status", "held")).isEqualTo(1);
        assertThat(router.acrossShards(ShardedOrder.objects.filter("total__lte", 10)).delete()).isEqualTo(10);
        assertThat(total()).isEqualTo(10);
    }

    @Test
    void movingRowsToAnotherShardLosesAndDoublesNothingWhenAStepFails() {
        ShardRouter before = ShardRouter.of(ShardStrategy.ranges("shard0").from(100, "shard1").from(200, "shard2"))
                .shard(ShardedOrder.class, "customerId").shard(ShardedOrderLine.class, "customerId");
        Aksara.routers(before);
        for (int c = 150; c <= 159; c++) {
            ShardedOrder.objects.create("customerId", c, "code", "m" + c, "status", "open");
        }
        Set<UUID> keys = ids("shard1");
        assertThat(keys).hasSize(10);

        // rebalancing: customers from 155 move to shard2
        assertThat(before.move(ShardedOrder.objects.filter("customerId__gte", 155), "shard1", "shard2")).isEqualTo(5);
        ShardRouter after = ShardRouter.of(ShardStrategy.ranges("shard0").from(100, "shard1").from(155, "shard2"))
                .shard(ShardedOrder.class, "customerId").shard(ShardedOrderLine.class, "customerId");
        Aksara.routers(after);
        assertThat(ShardedOrder.objects.filter("customerId", 157).get().code).isEqualTo("m157");
        assertThat(ShardedOrder.objects.using("shard1").count()).isEqualTo(5);
        Set<UUID> union = new java.util.HashSet<>(ids("shard1"));
        union.addAll(ids("shard2"));
        assertThat(union).isEqualTo(keys);                                    // same rows, same keys
        assertThat(ids("shard1")).doesNotContainAnyElementsOf(ids("shard2"));

        // the target refuses a copy (its code is taken there): nothing moves
        ShardedOrder.objects.create("customerId", 250, "code", "m150", "status", "open");
        assertThatThrownBy(() -> after.move(ShardedOrder.objects.filter("customerId", 150), "shard1", "shard2"))
                .isInstanceOf(AksaraException.class);
        assertThat(ShardedOrder.objects.using("shard1").filter("customerId", 150).count()).isEqualTo(1);
        assertThat(ShardedOrder.objects.using("shard2").filter("code", "m150").get().customerId).isEqualTo(250);

        // the source's commit fails after the copies were committed on the target: the copies are taken back
        withDeletionRefusedAtCommit(configs.get(1), () -> assertThatThrownBy(
                () -> after.move(ShardedOrder.objects.filter("customerId__in", List.of(151, 152)), "shard1", "shard2"))
                .isInstanceOf(AksaraException.class).hasMessageContaining("refused at commit"));
        assertThat(ShardedOrder.objects.using("shard1").filter("customerId__in", List.of(151, 152)).count()).isEqualTo(2);
        assertThat(ShardedOrder.objects.using("shard2").filter("customerId__in", List.of(151, 152)).count()).isZero();
        assertThat(ids("shard1")).hasSize(5);

        // a row with a dependent line on the source: the database refuses its deletion, nothing moves
        ShardedOrder parent = ShardedOrder.objects.using("shard1").get("customerId", 153);
        ShardedOrderLine.objects.create("customerId", 153, "order", Ref.to(parent), "quantity", 1);
        assertThatThrownBy(() -> after.move(ShardedOrder.objects.filter("customerId", 153), "shard1", "shard2"))
                .isInstanceOf(AksaraException.class);
        assertThat(ShardedOrder.objects.using("shard1").filter("customerId", 153).count()).isEqualTo(1);
        assertThat(ShardedOrder.objects.using("shard2").filter("customerId", 153).count()).isZero();
    }

    private static Set<UUID> ids(String shard) {
        return ShardedOrder.objects.using(shard).fetch().stream().map(o -> o.id).collect(Collectors.toSet());
    }

    private static long total() {
        return SHARDS.stream().mapToLong(s -> ShardedOrder.objects.using(s).count()).sum();
    }

    /** A deferred constraint trigger: a DELETE on the orders table passes, and its COMMIT fails. */
    private static void withDeletionRefusedAtCommit(DatabaseConfig shard, Runnable work) {
        sql(shard, "CREATE OR REPLACE FUNCTION it_refuse_delete() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'deletion refused at commit';"
                + " END $$ LANGUAGE plpgsql");
        sql(shard, "CREATE CONSTRAINT TRIGGER it_refuse_delete AFTER DELETE ON it_sharded_orders DEFERRABLE INITIALLY DEFERRED"
                + " FOR EACH ROW EXECUTE FUNCTION it_refuse_delete()");
        try {
            work.run();
        } finally {
            sql(shard, "DROP TRIGGER it_refuse_delete ON it_sharded_orders");
        }
    }

    private static void dropLeftovers(DatabaseConfig config) {
        sql(config, "DROP TABLE IF EXISTS it_sharded_order_lines, it_sharded_orders, DATABASECHANGELOG, DATABASECHANGELOGLOCK");
        sql(config, "DROP FUNCTION IF EXISTS it_refuse_delete() CASCADE");
    }

    private static void sql(DatabaseConfig config, String statement) {
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + " on " + config.url(), e);
        }
    }
}
