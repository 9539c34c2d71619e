package com.example.shop;

import io.aksara.Transaction;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placing an order is one transaction: the Aksara order and the jOOQ stock movement commit
 * together, or neither is kept.
 */
@Service
public class Checkout {
    private final StockRepository stock;
    /** Confirmations "sent" by the onCommit hook, only once the order is committed. */
    private final List<String> confirmations = new CopyOnWriteArrayList<>();

    public Checkout(StockRepository stock) {
        this.stock = stock;
    }

    @Transactional
    public Order placeOrder(String code, String item, int quantity) {
        Order order = Order.objects.create("code", code, "item", item, "quantity", quantity);
        stock.record(item, -quantity);
        if (stock.onHand(item) < 0) {
            throw new IllegalStateException("Not enough " + item + " for order " + code);
        }
        Transaction.onCommit(() -> confirmations.add(code));
        return order;
    }

    public List<String> confirmations() {
        return confirmations;
    }
}
