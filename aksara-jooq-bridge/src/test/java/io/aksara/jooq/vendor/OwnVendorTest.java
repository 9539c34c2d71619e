package io.aksara.jooq.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.DatabaseConfig;
import io.aksara.jooq.JooqBackend;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * docs/vendors.md, "Changing a vendor", run: a subclass of a built-in vendor registered at run time
 * gives every connection of a database opened after it its own settings, and the built-in vendor
 * answers again once it is removed. On H2 in memory, so it needs no server.
 */
class OwnVendorTest {

    /** As the doc's PostgreSQL example sets a search path, this one puts every connection in a schema of its own. */
    private static final class ShopH2Vendor extends H2Vendor {
        @Override
        public String connectionInitSql() {
            return "create schema if not exists shop; set schema shop";
        }
    }

    @Test
    void aRegisteredSubclassSetsUpEveryConnectionOfADatabaseOpenedAfterIt() throws SQLException {
        Vendor shop = new ShopH2Vendor();
        Vendors.register(shop);
        try {
            assertThat(Vendors.forUrl("jdbc:h2:mem:own-vendor")).isSameAs(shop);
            JooqBackend db = JooqBackend.open("own-vendor",
                    DatabaseConfig.builder().url("jdbc:h2:mem:own-vendor;DB_CLOSE_DELAY=-1").build());
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select current_schema")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("SHOP");
                assertThat(db.databaseVendor()).isSameAs(shop);
            } finally {
                db.close();
            }
        } finally {
            assertThat(Vendors.unregister(shop)).isTrue();
        }
        assertThat(Vendors.forUrl("jdbc:h2:mem:own-vendor")).isNotSameAs(shop).isExactlyInstanceOf(H2Vendor.class);
        assertThat(Vendors.unregister(shop)).as("already removed").isFalse();
        assertThat(Vendors.unregister(Vendors.forUrl("jdbc:h2:mem:x"))).as("a built-in vendor stays").isFalse();
    }
}
