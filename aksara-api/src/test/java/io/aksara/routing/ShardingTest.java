package io.aksara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Q;
import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Sum;
import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.errors.ShardKeyRequired;
import io.aksara.fake.RecordingBackend;
import io.aksara.testmodels.Book;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shard strategies and which shard each operation of a sharded model goes to, seen by the recording fake backend. */
class ShardingTest {
    private static final List<String> LOG = RecordingBackend.LOG;
    private ShardRouter router;

    @BeforeEach
    void threeShards() {
        assertThat(io.aksara.testmodels.Author.META).isNotNull(); // registers the hand-written metadata ordering follows
        router = ShardRouter.of(ShardStrategy.hash("s0", "s1", "s2")).shard(Book.class, Book.META.field("pages").name());
        for (String s : List.of("s0", "s1", "s2")) {
            Aksara.configure(s, DatabaseConfig.builder().url("jdbc:fake:" + s).build());
        }
        Aksara.routers(router);
        LOG.clear();
    }

    @AfterEach
    void routersOff() {
        Aksara.routers();
    }

    @Test
    void hashShardsAreStableSpreadEvenlyAndTreatIntegerTypesAlike() {
        HashSharding hash = ShardStrategy.hash("a", "b", "c");
        assertThat(HashSharding.hash(42L)).isEqualTo(HashSharding.hash(42)).isEqualTo(HashSharding.hash((short) 42));
        assertThat(hash.shardFor(UUID.fromString("00000000-0000-0000-0000-000000000001")))
                .isEqualTo(hash.shardFor(UUID.fromString("00000000-0000-0000-0000-000000000001")));
        Map<String, Integer> counts = new HashMap<>();
        for (long k = 0; k < 3_000; k++) {
            counts.merge(hash.shardFor(k), 1, Integer::sum);
        }
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(850, 1_150));
        assertThatThrownBy(() -> hash.shardFor(1.5)).isInstanceOf(AksaraException.class).hasMessageContaining("range sharding");
        assertThatThrownBy(() -> hash.shardFor(null)).isInstanceOf(AksaraException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> ShardStrategy.hash("a", "a")).isInstanceOf(AksaraException.class);
    }

    @Test
    void rangesMapEachKeyToTheShardOfItsRange() {
        RangeSharding ranges = ShardStrategy.ranges("low").from(100, "mid").from(1_000L, "high");
        assertThat(ranges.shardFor(-5)).isEqualTo("low");
        assertThat(ranges.shardFor(99)).isEqualTo("low");
        assertThat(ranges.shardFor(100)).isEqualTo("mid");
        assertThat(ranges.shardFor(999L)).isEqualTo("mid");
        assertThat(ranges.shardFor(1_000)).isEqualTo("high");
        assertThat(ranges.shards()).containsExactly("low", "mid", "high");
        assertThatThrownBy(() -> ranges.shardFor("x")).isInstanceOf(AksaraException.class).hasMessageContaining("Long");
        assertThatThrownBy(() -> ranges.from("m", "x")).isInstanceOf(AksaraException.class).hasMessageContaining("one type");
        assertThatThrownBy(() -> ranges.from(100, "again")).isInstanceOf(AksaraException.class).hasMessageContaining("twice");
    }

    @Test
    void aShardKeyEqualityRoutesAndAnythingElseIsRefusedBeforeAnySql() {
        String shard = router.shardFor(300);
        Book.objects.filter("pages", 300).fetch();
        Book.objects.filter("title", "x").filter("pages", 300).fetch();
        Book.objects.filter(Q.of("pages", 300), Q.of("title", "x")).fetch();
        assertThat(LOG).allSatisfy(line -> assertThat(line).contains(shard)).hasSize(3);
        LOG.clear();

        assertThatThrownBy(() -> Book.objects.filter("title", "x").fetch()).isInstanceOf(ShardKeyRequired.class)
                .hasMessageContaining("Book is sharded by pages");
        assertThatThrownBy(() -> Book.objects.filter("pages__gte", 300).fetch()).isInstanceOf(ShardKeyRequired.class);
        assertThatThrownBy(() -> Book.objects.filter(Q.of("pages", 1).or(Q.of("pages", 2))).fetch()).isInstanceOf(ShardKeyRequired.class);
        assertThatThrownBy(() -> Book.objects.exclude("pages", 300).fetch()).isInstanceOf(ShardKeyRequired.class);
        assertThatThrownBy(() -> Book.objects.filter("title", "x").delete()).isInstanceOf(ShardKeyRequired.class);
        assertThat(LOG).isEmpty();
        assertThat(Book.objects.using("s1").filter("title", "x").fetch()).isEmpty(); // using() names the shard
        assertThat(LOG).containsExactly("fetch s1 on a pooled connection");
    }

    @Test
    void aFanOutRefusesWhatItCannotMergeBeforeAnySql() {
        assertThatThrownBy(() -> router.acrossShards(Book.objects.all()).aggregate(Avg.of("price")))
                .isInstanceOf(AksaraException.class).hasMessageContaining("Sum and Count");
        assertThatThrownBy(() -> router.acrossShards(Book.objects.all()).aggregate(Sum.of("price").defaultValue(0)))
                .isInstanceOf(AksaraException.class).hasMessageContaining("defaultValue");
        assertThatThrownBy(() -> router.acrossShards(Book.objects.orderBy("author__name")).fetch())
                .isInstanceOf(AksaraException.class).hasMessageContaining("own fields");
        assertThatThrownBy(() -> router.acrossShards(Book.objects.using("s0"))).isInstanceOf(AksaraException.class);
        assertThatThrownBy(() -> router.acrossShards(Book.objects.all()).limit(2).delete()).isInstanceOf(AksaraException.class);
        assertThatThrownBy(() -> router.shard(Book.class, "nope")).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> router.move(Book.objects.all(), "s0", "elsewhere")).isInstanceOf(AksaraException.class)
                .hasMessageContaining("not a shard");
        assertThat(LOG).isEmpty();
        assertThat(router.allowMigrate("s2", Book.class)).isTrue();
        assertThat(router.allowMigrate(Aksara.DEFAULT, Book.class)).isFalse();
    }
}
