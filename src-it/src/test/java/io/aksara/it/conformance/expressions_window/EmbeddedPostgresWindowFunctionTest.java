package io.aksara.it.conformance.expressions_window;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link WindowFunctionSuite} on PostgreSQL embedded from Maven. */
class EmbeddedPostgresWindowFunctionTest extends WindowFunctionSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
