package io.aksara.jooq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** Which names go into SQL unquoted: only plain lower-case ones no database reserves. */
class IdentifiersTest {
    private static String rendered(SQLDialect dialect, String name) {
        DSLContext dsl = DSL.using(dialect, new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED));
        return dsl.render(DSL.field(Identifiers.of(name)));
    }

    @Test
    void plainLowerCaseNamesStayUnquoted() {
        assertThat(rendered(SQLDialect.POSTGRES, "unit_price")).isEqualTo("unit_price");
        assertThat(rendered(SQLDialect.MYSQL, "line2")).isEqualTo("line2");
    }

    @Test
    void everyOtherNameIsQuoted() {
        assertThat(rendered(SQLDialect.POSTGRES, "unit price")).isEqualTo("\"unit price\"");
        assertThat(rendered(SQLDialect.MYSQL, "Order Date")).isEqualTo("`Order Date`");
        assertThat(rendered(SQLDialect.POSTGRES, "order")).isEqualTo("\"order\"");
        assertThat(rendered(SQLDialect.POSTGRES, "Album")).isEqualTo("\"Album\"");
        assertThat(rendered(SQLDialect.POSTGRES, "2fa")).isEqualTo("\"2fa\"");
        assertThat(rendered(SQLDialect.POSTGRES, "mood$x")).isEqualTo("\"mood$x\"");
        // metadata refuses these first; if one got here, it would still be one identifier
        assertThat(rendered(SQLDialect.POSTGRES, "x; drop table y")).isEqualTo("\"x; drop table y\"");
        assertThat(rendered(SQLDialect.POSTGRES, "x\"y")).isEqualTo("\"x\"\"y\"");
        assertThat(rendered(SQLDialect.MYSQL, "x`y")).isEqualTo("`x``y`");
    }
}
