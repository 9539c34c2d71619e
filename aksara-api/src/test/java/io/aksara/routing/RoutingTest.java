package io.aksara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Model;
import io.aksara.Transaction;
import io.aksara.errors.AksaraException;
import io.aksara.fake.RecordingBackend;
import io.aksara.internal.Routing;
import io.aksara.testmodels.Book;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which database each operation goes to under routers, seen by the recording fake backend. */
class RoutingTest {
    private static final List<String> LOG = RecordingBackend.LOG;

    @BeforeEach
    void twoDatabases() {
        Aksara.configure(DatabaseConfig.builder().url("jdbc:fake:default").build());
        Aksara.configure("replica", DatabaseConfig.builder().url("jdbc:fake:replica").build());
        Aksara.routers();
        LOG.clear();
    }

    @AfterEach
    void routersOff() {
        Aksara.routers();
    }

    @Test
    void withoutRoutersEverythingStaysOnTheDefault() {
        Book.objects.all().fetch();
        assertThat(LOG).containsExactly("fetch default on a pooled connection");
        assertThat(Routing.forRead(null, Book.class)).isNull();
        assertThat(Routing.allowMigrate("replica", Book.class)).isTrue();
    }

    @Test
    void readsGoToTheReplicaUnlessUsingOrAnAtomicBlockOnThePrimarySaysOtherwise() {
        Aksara.routers(PrimaryReplicaRouter.of(Aksara.DEFAULT, "replica").readYourWrites(Duration.ZERO));
        Book.objects.all().fetch();
        Book.objects.using(Aksara.DEFAULT).fetch();
        Transaction.atomic(() -> Book.objects.all().fetch());
        assertThat(LOG).containsExactly("fetch replica on a pooled connection", "fetch default on a pooled connection",
                "begin default", "fetch default in transaction default", "commit default", "close default");
    }

    @Test
    void theFirstRouterWithAnAnswerWins() {
        Router silent = new Router() { };
        Router toReplica = new Router() {
            @Override
            public String dbForRead(Class<? extends Model> model, Model instance) {
                return "replica";
            }

            @Override
            public Boolean allowMigrate(String alias, Class<? extends Model> model) {
                return alias.equals("replica");
            }
        };
        Aksara.routers(silent, toReplica);
        assertThat(Aksara.configuredRouters()).containsExactly(silent, toReplica);
        Book.objects.all().fetch();
        assertThat(LOG).containsExactly("fetch replica on a pooled connection");
        assertThat(Routing.forWrite(null, Book.class)).as("nobody answers: the default").isNull();
        assertThat(Routing.forRead("elsewhere", Book.class)).as("using() wins").isEqualTo("elsewhere");
        assertThat(Routing.allowMigrate(Aksara.DEFAULT, Book.class)).isFalse();
    }

    @Test
    void aWriteSendsTheReadsOfItsScopeToThePrimaryForTheWindow() {
        PrimaryReplicaRouter router = PrimaryReplicaRouter.of(Aksara.DEFAULT, "replica").readYourWrites(Duration.ofMinutes(1));
        Aksara.routers(router);
        WriteScope.run(() -> {
            assertThat(router.dbForRead(Book.class, null)).isEqualTo("replica");
            assertThat(router.dbForWrite(Book.class, null)).isEqualTo(Aksara.DEFAULT);
            assertThat(router.dbForRead(Book.class, null)).isEqualTo(Aksara.DEFAULT);
            WriteScope.run(() -> assertThat(router.dbForRead(Book.class, null)).as("a new scope").isEqualTo("replica"));
        });
        assertThat(router.dbForRead(Book.class, null)).as("the process-wide scope has not written").isEqualTo("replica");
        assertThat(router.lag("replica")).isEqualTo(Duration.ZERO);
    }

    @Test
    void aReplicaThatCannotBeAskedGetsNoReads() {
        Aksara.routers(PrimaryReplicaRouter.of(Aksara.DEFAULT, "missing").readYourWrites(Duration.ZERO));
        Book.objects.all().fetch();
        assertThat(LOG).containsExactly("fetch default on a pooled connection");
    }

    @Test
    void aPrimaryReplicaRouterNeedsDistinctAliasesAndSaneDurations() {
        assertThatThrownBy(() -> PrimaryReplicaRouter.of("db")).isInstanceOf(AksaraException.class)
                .hasMessageContaining("at least one replica");
        assertThatThrownBy(() -> PrimaryReplicaRouter.of("db", "db")).isInstanceOf(AksaraException.class)
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> PrimaryReplicaRouter.of("db", "r").maxLag(Duration.ofSeconds(-1)))
                .isInstanceOf(AksaraException.class).hasMessageContaining("maxLag must not be negative");
        assertThatThrownBy(() -> PrimaryReplicaRouter.of("db", "r").lag("db")).isInstanceOf(AksaraException.class)
                .hasMessageContaining("not a replica");
    }

    @Test
    void behindATransactionPoolerMeansPrepareThresholdZero() {
        DatabaseConfig c = DatabaseConfig.builder().url("jdbc:postgresql://pgbouncer:6432/shop?ssl=false")
                .behindTransactionPooler().build();
        assertThat(c.url()).isEqualTo("jdbc:postgresql://pgbouncer:6432/shop?ssl=false&prepareThreshold=0");
        assertThat(c.behindTransactionPooler()).isTrue();
        assertThat(DatabaseConfig.builder().url("jdbc:postgresql://db/shop").build().behindTransactionPooler()).isFalse();
        assertThat(DatabaseConfig.builder().url("jdbc:postgresql://db/shop?prepareThreshold=0").build()
                .behindTransactionPooler()).isTrue();
        assertThatThrownBy(() -> DatabaseConfig.builder().url("jdbc:postgresql://db/shop?prepareThreshold=5")
                .behindTransactionPooler().build()).isInstanceOf(AksaraException.class)
                .hasMessageContaining("needs prepareThreshold=0").hasMessageContaining("prepareThreshold=5");
        assertThatThrownBy(() -> DatabaseConfig.builder().url("jdbc:mysql://db/shop").behindTransactionPooler().build())
                .isInstanceOf(AksaraException.class).hasMessageContaining("PostgreSQL URLs");
    }

    @Test
    void aQueryRouterSeesTheFilteredUnslicedQueryOfGetWithLookups() {
        List<io.aksara.query.SelectQuery<?>> seen = new java.util.ArrayList<>();
        Aksara.routers(new QueryRouter() {
            @Override
            public String dbForQuery(io.aksara.query.SelectQuery<?> query, boolean write) {
                seen.add(query);
                return "replica";
            }
        });
        assertThat(Book.objects.getOrNull("pages", 300)).isNull();
        assertThatThrownBy(() -> Book.objects.get("pages", 300)).isInstanceOf(io.aksara.errors.DoesNotExist.class)
                .hasMessageContaining("pages");
        // as filter("pages", 300).get() shows it: filtered, not yet sliced to get()'s probe of rows
        assertThat(seen).hasSize(2).allSatisfy(q -> {
            assertThat(q.limit()).isNull();
            assertThat(q.where()).isEqualTo(Book.objects.filter("pages", 300).query().where());
        });
        assertThat(LOG).containsExactly("fetch replica on a pooled connection", "fetch replica on a pooled connection");
    }
}
