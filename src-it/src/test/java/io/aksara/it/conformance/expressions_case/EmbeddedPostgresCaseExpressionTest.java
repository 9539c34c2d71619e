package io.aksara.it.conformance.expressions_case;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link CaseExpressionSuite} on PostgreSQL embedded from Maven. */
class EmbeddedPostgresCaseExpressionTest extends CaseExpressionSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
