package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.errors.NoTenantBound;
import io.aksara.it.models.tenancy.Client;
import io.aksara.it.models.tenancy.Invoice;
import io.aksara.tenancy.Tenants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Tenants on threads: concurrent virtual threads, each bound to its own tenant, write and read at
 * the same time without ever seeing another's rows; Aksara's async methods carry the caller's
 * tenant to their virtual thread; a thread started by hand has no tenant and is refused, unless
 * its task was wrapped with {@link Tenants#carry}.
 */
@OnEveryDatabase
class TenancyThreadsSuite extends SuiteSchema {
    private static final int TENANTS = 6;
    private static final int ROWS_EACH = 15;

    TenancyThreadsSuite() {
        super(Client.class, Invoice.class);
    }

    @Test
    void concurrentVirtualThreadsEachInItsOwnTenantNeverSeeAnothersRows() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Map<String, List<String>> seen = new ConcurrentHashMap<>();
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < TENANTS; t++) {
            String tenant = "t" + t;
            threads.add(Thread.ofVirtual().start(() -> Tenants.run(tenant, () -> {
                try {
                    start.await();
                    for (int i = 0; i < ROWS_EACH; i++) {
                        Client c = Client.objects.create("name", tenant + "-client-" + i);
                        Invoice.objects.create("number", i, "client", c);
                        // every read in the middle of the others' writes sees this tenant's rows only
                        assertThat(Client.objects.count()).isEqualTo(i + 1);
                    }
                    Invoice.objects.filter("number__lt", 5).update("number", 0);
                    seen.put(tenant, Client.objects.valuesList("name", String.class).fetch());
                } catch (Throwable e) {
                    failures.put(tenant, e);
                }
            })));
        }
        start.countDown();
        for (Thread th : threads) {
            th.join();
        }
        assertThat(failures).isEmpty();
        for (int t = 0; t < TENANTS; t++) {
            String tenant = "t" + t;
            assertThat(seen.get(tenant)).hasSize(ROWS_EACH).allMatch(n -> n.startsWith(tenant + "-"));
            long zeroed = Tenants.call(tenant, () -> Invoice.objects.filter("number", 0).count());
            assertThat(zeroed).isEqualTo(5); // each tenant's update touched its own five invoices only
        }
    }

    @Test
    void asyncMethodsCarryTheCallersTenant() throws Exception {
        Tenants.run("acme", () -> Client.objects.create("name", "Ann"));
        Tenants.run("globex", () -> Client.objects.bulkCreate(List.of(client("Gus"), client("Gil"))));
        long acme = Tenants.call("acme", () -> Client.objects.countAsync()).get();
        long globex = Tenants.call("globex", () -> Client.objects.all().countAsync()).get();
        assertThat(acme).isEqualTo(1);
        assertThat(globex).isEqualTo(2);
    }

    @Test
    void aThreadStartedByHandHasNoTenantUnlessItsTaskCarriesIt() throws Exception {
        Tenants.run("acme", () -> Client.objects.create("name", "Ann"));
        AtomicReference<Throwable> bare = new AtomicReference<>();
        AtomicReference<Long> carried = new AtomicReference<>();
        Tenants.run("acme", () -> {
            try {
                Thread.ofVirtual().start(() -> {
                    try {
                        Client.objects.count();
                    } catch (Throwable e) {
                        bare.set(e);
                    }
                }).join();
                Thread.ofVirtual().start(Tenants.carry(() -> carried.set(Client.objects.count()))).join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(bare.get()).isInstanceOf(NoTenantBound.class).hasMessageContaining("Tenants.carry");
        assertThat(carried.get()).isEqualTo(1L);
    }

    private static Client client(String name) {
        Client c = new Client();
        c.name = name;
        return c;
    }
}
