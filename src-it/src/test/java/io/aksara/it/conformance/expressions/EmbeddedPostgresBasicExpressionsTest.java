package io.aksara.it.conformance.expressions;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link BasicExpressionsSuite} on PostgreSQL embedded from Maven. */
class EmbeddedPostgresBasicExpressionsTest extends BasicExpressionsSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
