package io.aksara.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.errors.AksaraException;
import io.aksara.errors.NoTenantBound;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TenantsTest {
    @Test
    void theTenantIsBoundForTheBlockOnlyAndNestedBlocksRebindIt() {
        assertThat(Tenants.isBound()).isFalse();
        String seen = Tenants.call("acme", () -> Tenants.current() + "/" + Tenants.call("globex", Tenants::current)
                + "/" + Tenants.current());
        assertThat(seen).isEqualTo("acme/globex/acme");
        assertThat(Tenants.currentOrNull()).isNull();
    }

    @Test
    void noTenantIsAClearErrorNeverADefault() {
        assertThatThrownBy(Tenants::current).isInstanceOf(NoTenantBound.class)
                .hasMessageContaining("Tenants.run").hasMessageContaining("Tenants.carry");
        assertThatThrownBy(() -> Tenants.run(" ", () -> { })).isInstanceOf(AksaraException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> Tenants.run(null, () -> { })).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aThreadOfItsOwnSeesNoTenantUnlessTheTaskCarriesIt() throws InterruptedException {
        AtomicReference<String> plain = new AtomicReference<>("unset");
        AtomicReference<String> carried = new AtomicReference<>();
        Tenants.run("acme", () -> {
            try {
                Thread.ofVirtual().start(() -> plain.set(Tenants.currentOrNull())).join();
                Thread.ofVirtual().start(Tenants.carry(() -> carried.set(Tenants.current()))).join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(plain.get()).isNull();
        assertThat(carried.get()).isEqualTo("acme");
        Runnable outside = () -> { };
        assertThat(Tenants.carry(outside)).isSameAs(outside); // nothing to carry
    }
}
