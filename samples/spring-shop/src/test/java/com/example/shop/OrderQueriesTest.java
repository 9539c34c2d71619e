package com.example.shop;

import static io.aksara.test.QueryAssertions.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.test.AksaraTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Aksara's test extension and metrics in a Spring Boot application: each test runs in an atomic
 * block rolled back at its end, queries are counted, and every statement is timed in the
 * application's MeterRegistry.
 */
@SpringBootTest
@AksaraTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the rollback check runs after the write
class OrderQueriesTest {
    @Autowired
    MeterRegistry registry;

    @Test
    @org.junit.jupiter.api.Order(1) // the model is also named Order
    void anOrderIsReadBackWithOneQueryAndItsStatementsAreTimed() {
        Order.objects.create("code", "Q1", "item", "desk", "quantity", 1);

        Order found = assertNumQueries(1, () -> Order.objects.get("code", "Q1"));

        assertThat(found.item).isEqualTo("desk");
        assertThat(registry.get("aksara.statements").tag("model", "Order").tag("operation", "insert").timer().count())
                .isGreaterThanOrEqualTo(1);
        assertThat(registry.get("aksara.statements").tag("model", "Order").tag("operation", "select").timer().count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void whatAnotherTestWroteWasRolledBack() {
        assertThat(Order.objects.filter("code", "Q1").exists()).isFalse();
    }
}
