package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The suite of models from jOOQ classes on H2, in memory. */
class H2JooqModelsTest extends JooqModelsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
