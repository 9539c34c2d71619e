package io.aksara.it.conformance.annotations;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link NonAggregateAnnotationSuite} on H2. */
class H2NonAggregateAnnotationTest extends NonAggregateAnnotationSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
