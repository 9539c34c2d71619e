package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.QueryLog;
import io.aksara.Ref;
import io.aksara.aggregates.Count;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.NoTenantBound;
import io.aksara.errors.TenantViolation;
import io.aksara.expr.Exists;
import io.aksara.expr.OuterRef;
import io.aksara.expr.Subquery;
import io.aksara.it.models.tenancy.Client;
import io.aksara.it.models.tenancy.Invoice;
import io.aksara.it.models.tenancy.Plan;
import io.aksara.jooq.Jooq;
import io.aksara.jooq.JooqBackend;
import io.aksara.tenancy.Tenants;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The discriminator-column strategy ({@code @TenantScoped}): two tenants share the tables, and no
 * read or write of one reaches the other's rows, through the manager, relations, selectRelated,
 * prefetchRelated, bulk operations, QuerySet update/delete and jOOQ interop. Concurrent virtual
 * threads are in {@link TenancyThreadsSuite}.
 *
 * <p>Seed: acme {Ann (invoices 1, 2), Bob (invoice 3)}; globex {Gus (invoice 9)}.
 */
@OnEveryDatabase
class TenancySuite extends SuiteSchema {
    private Client gus;

    TenancySuite() {
        super(Client.class, Invoice.class, Plan.class);
    }

    @BeforeEach
    void seed() {
        Tenants.run("acme", () -> {
            Client ann = Client.objects.create("name", "Ann");
            Client bob = Client.objects.create("name", "Bob");
            Invoice.objects.create("number", 1, "client", ann);
            Invoice.objects.create("number", 2, "client", ann);
            Invoice.objects.create("number", 3, "client", bob);
        });
        gus = Tenants.call("globex", () -> {
            Client g = Client.objects.create("name", "Gus");
            Invoice.objects.create("number", 9, "client", g);
            return g;
        });
    }

    @Test
    void aTenantScopedModelWithNoTenantBoundIsRefusedBeforeAnySql() {
        List<String> sql = QueryLog.capture(() -> {
            assertThatThrownBy(() -> Client.objects.count()).isInstanceOf(NoTenantBound.class)
                    .hasMessageContaining("Tenants.run");
            assertThatThrownBy(() -> Client.objects.create("name", "Nobody")).isInstanceOf(NoTenantBound.class);
            assertThatThrownBy(() -> Invoice.objects.filter("number", 1).delete()).isInstanceOf(NoTenantBound.class);
        });
        assertThat(sql).isEmpty();
        assertThat(Tenants.call("acme", () -> Client.objects.count())).isEqualTo(2); // nothing was written
    }

    @Test
    void readsSeeTheBoundTenantsRowsOnly() {
        Tenants.run("acme", () -> {
            assertThat(Client.objects.orderBy("name").valuesList("name", String.class).fetch()).containsExactly("Ann", "Bob");
            assertThat(Invoice.objects.count()).isEqualTo(3);
            assertThat(Invoice.objects.filter("number__gte", 3).valuesList("number", Integer.class).fetch()).containsExactly(3);
            assertThat(Client.objects.filter("name", "Gus").exists()).isFalse();
            assertThatThrownBy(() -> Client.objects.get("pk", gus.pk())).isInstanceOf(DoesNotExist.class);
            assertThat(Invoice.objects.aggregate("n", Count.of("id")).get("n")).isEqualTo(3L);
            assertThat(Client.objects.filter("invoices__number", 9).count()).isZero();
        });
        Tenants.run("globex", () -> {
            assertThat(Client.objects.valuesList("name", String.class).fetch()).containsExactly("Gus");
            assertThat(Invoice.objects.valuesList("number", Integer.class).fetch()).containsExactly(9);
        });
    }

    @Test
    void oneCachedStatementServesEveryTenantWithTheTenantBound() {
        // the same query shape, run for two tenants in turn and again: the plan cache holds one
        // text, and each run binds its own tenant
        List<String> sql = QueryLog.capture(() -> {
            for (int round = 0; round < 2; round++) {
                assertThat(Tenants.call("acme", () -> Invoice.objects.filter("number__gt", 0).count())).isEqualTo(3);
                assertThat(Tenants.call("globex", () -> Invoice.objects.filter("number__gt", 0).count())).isEqualTo(1);
            }
        });
        assertThat(sql).hasSize(4);
        assertThat(sql).allMatch(sql.getFirst()::equals).noneMatch(s -> s.contains("acme") || s.contains("globex"));
    }

    @Test
    void queriesNestedInAnotherQueryStayInTheTenant() {
        Plan.objects.create("name", "basic"); // a model every tenant shares
        Tenants.run("acme", () -> {
            // invoice 9 is globex's: no subquery run for acme finds it, whatever the outer model
            assertThat(Client.objects.filter(Exists.of(Invoice.objects.filter("number", 9))).count()).isZero();
            assertThat(Client.objects.filter(Exists.of(Invoice.objects.filter("number", 1))).count()).isEqualTo(2);
            assertThat(Plan.objects.filter(Exists.of(Invoice.objects.filter("number", 9))).count()).isZero();
            assertThat(Plan.objects.filter(Exists.of(Invoice.objects.filter("number", 3))).count()).isEqualTo(1);
            assertThat(Invoice.objects.filter("client__in", Client.objects.filter("name", "Gus")).count()).isZero();
            assertThat(Plan.objects.annotate(Subquery.of(Client.objects.orderBy("-name"), "name").as("last"))
                    .valuesList("last", String.class).fetch()).containsExactly("Bob");
            // correlated: each client's invoices, counted through a nested Exists
            assertThat(Client.objects.filter(Exists.of(Invoice.objects.filter("client", OuterRef.of("pk"), "number__gte", 2)))
                    .orderBy("name").valuesList("name", String.class).fetch()).containsExactly("Ann", "Bob");
        });
        Tenants.run("globex", () -> assertThat(Plan.objects.annotate(Subquery.of(Client.objects.all(), "name").as("any"))
                .valuesList("any", String.class).fetch()).containsExactly("Gus"));
    }

    @Test
    void relationsSelectRelatedAndPrefetchStayInTheTenant() {
        Tenants.run("acme", () -> {
            List<Invoice> invoices = Invoice.objects.selectRelated("client").orderBy("number").fetch();
            assertThat(invoices).extracting(i -> i.client.get().name).containsExactly("Ann", "Ann", "Bob");
            List<Client> clients = Client.objects.prefetchRelated("invoices").orderBy("name").fetch();
            assertThat(clients).extracting(c -> c.invoices().all().fetch().size()).containsExactly(2, 1);
            Client ann = Client.objects.get("name", "Ann");
            assertThat(ann.invoices().all().valuesList("number", Integer.class).orderBy("number").fetch()).containsExactly(1, 2);
            assertThat(Invoice.objects.filter("client__name", "Gus").count()).isZero();
        });
    }

    @Test
    void savesAreStampedAndAWriteNamingAnotherTenantsRowIsRefused() {
        Tenants.run("acme", () -> {
            Client cid = Client.objects.create("name", "Cid");
            assertThat(cid.tenant).isEqualTo("acme");

            Client stamped = new Client();
            stamped.name = "Impostor";
            stamped.tenant = "globex";
            assertThatThrownBy(stamped::save).isInstanceOf(TenantViolation.class).hasMessageContaining("globex");

            // globex's client under acme: by instance and by key, nothing is written
            assertThatThrownBy(() -> Invoice.objects.create("number", 50, "client", Ref.toId(Client.class, gus.pk())))
                    .isInstanceOf(TenantViolation.class).hasMessageContaining("Invoice.client");
            Client loadedElsewhere = Tenants.call("globex", () -> Client.objects.get("name", "Gus"));
            loadedElsewhere.name = "Hijacked";
            assertThatThrownBy(loadedElsewhere::save).isInstanceOf(TenantViolation.class);
            Client sameKey = new Client();
            sameKey.id = gus.id;
            sameKey.name = "Hijacked";
            assertThatThrownBy(sameKey::save).isInstanceOf(TenantViolation.class).hasMessageContaining("not a row of tenant 'acme'");
            assertThatThrownBy(loadedElsewhere::delete).isInstanceOf(TenantViolation.class);
        });
        Tenants.run("globex", () -> {
            assertThat(Client.objects.valuesList("name", String.class).fetch()).containsExactly("Gus");
            assertThat(Invoice.objects.count()).isEqualTo(1);
        });
    }

    @Test
    void bulkWritesAndQuerySetUpdateAndDeleteStayInTheTenant() {
        Tenants.run("acme", () -> {
            Client ann = Client.objects.get("name", "Ann");
            Invoice.objects.bulkCreate(List.of(invoice(10, ann), invoice(11, ann)));
            assertThat(Invoice.objects.filter("number__in", List.of(10, 11)).valuesList("tenant", String.class).fetch())
                    .containsOnly("acme");
            assertThatThrownBy(() -> Invoice.objects.bulkCreate(List.of(invoice(12, ann), invoice(13, gus))))
                    .isInstanceOf(TenantViolation.class);
            assertThat(Invoice.objects.filter("number__in", List.of(12, 13)).count()).isZero(); // nothing half-written

            Client gusSeenFromAcme = Tenants.call("globex", () -> Client.objects.get("name", "Gus"));
            gusSeenFromAcme.name = "Renamed";
            gusSeenFromAcme.tenant = "acme"; // even relabelled, its key is globex's row
            assertThatThrownBy(() -> Client.objects.bulkUpdate(List.of(gusSeenFromAcme), "name"))
                    .isInstanceOf(TenantViolation.class);

            assertThat(Invoice.objects.update("number", 100)).isEqualTo(5); // acme's five invoices
            assertThatThrownBy(() -> Invoice.objects.update("tenant", "globex")).isInstanceOf(TenantViolation.class);
            assertThat(Client.objects.filter("name", "Bob").delete()).isEqualTo(2); // Bob and his invoice
            assertThat(Invoice.objects.all().delete()).isEqualTo(4);
        });
        Tenants.run("globex", () -> {
            assertThat(Client.objects.valuesList("name", String.class).fetch()).containsExactly("Gus");
            assertThat(Invoice.objects.valuesList("number", Integer.class).fetch()).containsExactly(9);
        });
    }

    @Test
    void jooqSelectsOfAQuerySetAreFilteredToo() {
        DSLContext dsl = JooqBackend.of(Aksara.backend()).dsl();
        List<String> names = Tenants.call("globex", () -> dsl.fetch(Jooq.select(Client.objects.valuesList("name")))
                .getValues(0, String.class));
        assertThat(names).containsExactly("Gus");
        // a table named by hand is raw SQL: the discriminator cannot see it (docs/tenancy.md)
        int all = Tenants.call("globex", () -> dsl.fetchCount(DSL.table(DSL.name(db.isInProcess() ? "TN_CLIENTS" : "tn_clients"))));
        assertThat(all).isEqualTo(3);
    }

    private static Invoice invoice(int number, Client client) {
        Invoice i = new Invoice();
        i.number = number;
        i.client = Ref.to(client);
        return i;
    }
}
