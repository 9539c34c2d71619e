package io.aksara.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import io.aksara.testmodels.Author;
import io.aksara.testmodels.Book;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guard TenantGuard puts in front of a backend once tenancy is in use is made once per backend
 * and model, not once per query. The backends here are fakes made for this test of our own logic:
 * they record the calls that reach them and answer {@code count} with 7.
 */
class TenantGuardTest {
    private final List<String> reached = new ArrayList<>();

    private Backend fake(String name) {
        return (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("count")) {
                        reached.add(name + " count");
                        return 7L;
                    }
                    return method.getName().equals("toString") ? name : null;
                });
    }

    @Test
    void oneGuardServesEveryCallOfABackendAndModel() {
        TenantRows.noteInUse(); // as when a tenant was bound: unscoped models get the guard too
        Backend primary = fake("primary");
        Backend reports = fake("reports");

        Backend guard = TenantGuard.over(primary, Book.META);
        assertThat(guard).isNotSameAs(primary);
        assertThat(TenantGuard.over(primary, Book.META)).isSameAs(guard);
        assertThat(TenantGuard.over(primary, Author.META)).isNotSameAs(guard); // another model, its own guard

        Backend other = TenantGuard.over(reports, Book.META);
        assertThat(other).isNotSameAs(guard);
        assertThat(other.count(SelectQuery.of(Book.META))).isEqualTo(7L);
        assertThat(guard.count(SelectQuery.of(Book.META))).isEqualTo(7L);
        assertThat(reached).containsExactly("reports count", "primary count"); // each guard reaches its own backend
    }
}
