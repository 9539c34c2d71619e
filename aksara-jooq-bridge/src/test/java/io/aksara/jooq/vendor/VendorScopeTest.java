package io.aksara.jooq.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.DatabaseConfig;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.sql.TransformSql;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldType;
import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The vendor of an open database is its own, not the dialect's last registered one: its jOOQ
 * configuration carries it, a connection's URL finds it, and a transform registered per vendor is
 * given it (docs/vendors.md, "How a vendor is chosen"). On H2 in memory, so it needs no server.
 */
class VendorScopeTest {

    /** H2 for URLs that name a "loud" database, with its own NOW(). */
    private static final class LoudH2Vendor extends H2Vendor {
        @Override public boolean acceptsUrl(String url) { return super.acceptsUrl(url) && url.contains("loud"); }
        @Override public Field<?> now() { return DSL.field("loud_now()", Object.class); }
    }

    /** A transform whose SQL is the vendor's NOW(), whatever the column. */
    private static final Transform NOW = new Transform() {
        @Override public String lookupName() { return "vendor_scope_now"; }
        @Override public boolean appliesTo(FieldType type) { return true; }
        @Override public FieldType outputType(FieldType input) { return FieldType.DATE_TIME; }
    };

    @Test
    void eachOpenDatabaseKeepsTheVendorOfItsUrl() throws SQLException {
        Vendor loud = new LoudH2Vendor();
        Vendors.register(loud);
        JooqBackend plain = JooqBackend.open("plain", DatabaseConfig.builder().url("jdbc:h2:mem:quiet;DB_CLOSE_DELAY=-1").build());
        JooqBackend marked = JooqBackend.open("loud", DatabaseConfig.builder().url("jdbc:h2:mem:loud;DB_CLOSE_DELAY=-1").build());
        try {
            assertThat(plain.databaseVendor()).isExactlyInstanceOf(H2Vendor.class);
            assertThat(marked.databaseVendor()).isSameAs(loud);
            assertThat(Vendors.of(SQLDialect.H2)).as("the fallback without a database").isSameAs(loud);
            assertThat(Vendors.of(plain.dsl().configuration())).isSameAs(plain.databaseVendor());
            assertThat(Vendors.of(marked.dsl().configuration())).isSameAs(loud);
            assertThat(Vendors.of(DSL.using(SQLDialect.H2).configuration())).isSameAs(loud);
            try (Connection c = marked.dataSource().getConnection()) {
                assertThat(Vendors.of(c)).as("a connection's URL decides").isSameAs(loud);
            }
            try (Connection c = plain.dataSource().getConnection()) {
                assertThat(Vendors.of(c)).isSameAs(plain.databaseVendor());
            }
        } finally {
            plain.close();
            marked.close();
            Vendors.unregister(loud);
        }
    }

    @Test
    void aTransformRegisteredPerVendorIsGivenTheVendor() {
        TransformSql.registerPerVendor(NOW, (column, vendor) -> vendor.now());
        DSLContext dsl = DSL.using(SQLDialect.H2);
        Field<Object> column = DSL.field("created", Object.class);
        assertThat(dsl.render(TransformSql.apply(NOW, column, new LoudH2Vendor()))).isEqualTo("loud_now()");
        assertThat(dsl.render(TransformSql.apply(NOW, column, new H2Vendor()))).isNotEqualTo("loud_now()");
        assertThat(dsl.render(TransformSql.apply(NOW, column, SQLDialect.H2))).as("a dialect alone: its vendor")
                .isEqualTo(dsl.render(new H2Vendor().now()));
    }
}
