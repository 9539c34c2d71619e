package io.aksara.spring.boot;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The starter on an in-memory H2 database. */
class StarterOnH2Test extends StarterContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:starter;DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.username", () -> "sa");
        String migrations = writeMigrations().toString();
        registry.add("aksara.migrations.dir", () -> migrations);
    }

    @Override
    String vendor() {
        return "h2";
    }
}
