package io.aksara.jooq.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The Connector/J properties Aksara adds to a MySQL URL, unless the URL sets them itself. */
class MysqlDriverPropertiesTest {
    private static Properties added(String url) {
        Properties p = new Properties();
        new MysqlVendor().addDriverProperties(url, p);
        return p;
    }

    @Test
    void aPlainUrlGetsBatchRewritingAStatementCacheAndNoDriverTracing() {
        Properties p = added("jdbc:mysql://db:3306/shop");
        assertThat(p).containsEntry("rewriteBatchedStatements", "true").containsEntry("cachePrepStmts", "true")
                .containsEntry("prepStmtCacheSize", "256").containsEntry("prepStmtCacheSqlLimit", "4096")
                .containsEntry("openTelemetry", "DISABLED");
    }

    @Test
    void whatTheUrlSetsIsLeftToTheUrlWhereverItStands() {
        Properties query = added("jdbc:mysql://db/shop?useSSL=false&rewriteBatchedStatements=false&cachePrepStmts=false");
        assertThat(query).doesNotContainKeys("rewriteBatchedStatements", "cachePrepStmts", "prepStmtCacheSize")
                .containsEntry("openTelemetry", "DISABLED");
        Properties hostSpec = added("jdbc:mysql://address=(host=db)(port=3306)(openTelemetry=ENABLED)/shop");
        assertThat(hostSpec).doesNotContainKey("openTelemetry").containsEntry("rewriteBatchedStatements", "true");
    }

    @Test
    void aNameThatOnlyAppearsInAValueDoesNotCount() {
        Properties p = added("jdbc:mysql://db/shop?connectionAttributes=note:cachePrepStmts");
        assertThat(p).containsEntry("cachePrepStmts", "true");
    }
}
