package io.aksara.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import io.aksara.errors.NoTenantBound;
import io.aksara.testmodels.Author;
import io.aksara.testmodels.Book;
import org.junit.jupiter.api.Test;

class TenantRouterTest {
    private static DatabaseConfig config(String name) {
        return DatabaseConfig.builder().url("jdbc:h2:mem:" + name).build();
    }

    @Test
    void readsAndWritesGoToTheBoundTenantsAliasAndSharedModelsAreLeftAlone() {
        TenantRouter router = TenantRouter.create().shared(Author.class);
        assertThat(router.addTenant("acme", config("acme"))).isEqualTo("tenant:acme");
        router.addTenant("globex", config("globex"));
        assertThat(Aksara.config("tenant:acme").url()).isEqualTo("jdbc:h2:mem:acme");

        assertThat(Tenants.call("acme", () -> router.dbForRead(Book.class, null))).isEqualTo("tenant:acme");
        assertThat(Tenants.call("globex", () -> router.dbForWrite(Book.class, null))).isEqualTo("tenant:globex");
        assertThat(Tenants.call("acme", () -> router.dbForRead(Author.class, null))).isNull();
        assertThat(router.dbForRead(Author.class, null)).isNull(); // shared: no tenant needed

        assertThat(router.allowMigrate("tenant:acme", Book.class)).isTrue();
        assertThat(router.allowMigrate("tenant:acme", Author.class)).isFalse();
        assertThat(router.allowMigrate(Aksara.DEFAULT, Book.class)).isNull();
        assertThat(router.tenants()).containsOnlyKeys("acme", "globex");
    }

    @Test
    void noTenantOrAnUnknownTenantIsRefused() {
        TenantRouter router = TenantRouter.withAliasPrefix("db_");
        router.addTenant("north", config("north"));
        assertThatThrownBy(() -> router.dbForRead(Book.class, null)).isInstanceOf(NoTenantBound.class);
        assertThatThrownBy(() -> Tenants.run("south", () -> router.dbForWrite(Book.class, null)))
                .isInstanceOf(AksaraException.class).hasMessageContaining("'south'").hasMessageContaining("[north]");
        router.removeTenant("north");
        assertThat(router.tenants()).isEmpty();
    }
}
