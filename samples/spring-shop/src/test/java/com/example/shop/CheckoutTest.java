package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The @Transactional service writes through Aksara and jOOQ: they commit and roll back together. */
@SpringBootTest
class CheckoutTest {
    @Autowired
    Checkout checkout;

    @Autowired
    StockRepository stock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void tenLampsInStock() {
        jdbc.update("delete from stock_movements");
        Order.objects.all().delete();
        checkout.confirmations().clear();
        stock.record("lamp", 10);
    }

    @Test
    void anOrderAndItsStockMovementCommitTogether() {
        checkout.placeOrder("A1", "lamp", 3);

        assertThat(Order.objects.get("code", "A1").quantity).isEqualTo(3);
        assertThat(stock.onHand("lamp")).isEqualTo(7);
        assertThat(checkout.confirmations()).containsExactly("A1");
    }

    @Test
    void aFailedOrderLeavesNeitherTheOrderNorTheStockMovement() {
        assertThatThrownBy(() -> checkout.placeOrder("A2", "lamp", 11)).hasMessage("Not enough lamp for order A2");

        assertThat(Order.objects.filter("code", "A2").exists()).as("the Aksara write was rolled back").isFalse();
        assertThat(stock.onHand("lamp")).as("the jOOQ write was rolled back").isEqualTo(10);
        assertThat(checkout.confirmations()).as("no confirmation for a rolled-back order").isEmpty();
    }
}
