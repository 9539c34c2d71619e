package io.aksara.it;

import io.aksara.Transaction;
import io.aksara.it.models.Category;
import java.util.List;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code @Transactional} service methods that {@link SpringTransactionSuite} and
 * {@link JpaTransactionSuite} both run: a savepoint inside the method's transaction, read-only
 * methods, and reads at two isolation levels. Each suite's service adds its own data access
 * (JdbcTemplate and jOOQ, or a JPA EntityManager) through {@link #writeBeside(String)}.
 *
 * <pre>{@code
 * public static class Shop extends TransactionalShop {
 *     protected void writeBeside(String name) { jdbc.update("insert into inventories ...", name, 1, 1); }
 * }
 * }</pre>
 */
public abstract class TransactionalShop {
    /** A write through the application's own data access, in the method's transaction. */
    protected abstract void writeBeside(String name);

    /** A nested atomic block is a savepoint: its failure undoes only its own write. */
    @Transactional
    public void savepoint(boolean failAtTheEnd) {
        Category.objects.create("name", "kept");
        try {
            Transaction.atomic(() -> {
                Category.objects.create("name", "undone");
                throw new IllegalArgumentException("coupon invalid");
            });
        } catch (IllegalArgumentException expected) {
            // the block rolled back to its savepoint; the method's transaction goes on
        }
        Transaction.atomic(() -> {
            Category.objects.create("name", "nested");
        });
        writeBeside("kept");
        if (failAtTheEnd) {
            throw new IllegalStateException("payment declined");
        }
    }

    @Transactional(readOnly = true)
    public long readOnlyCount() {
        return Category.objects.count();
    }

    @Transactional(readOnly = true)
    public void readOnlyWrite() {
        Category.objects.create("name", "not allowed");
    }

    /** Reads a stock twice, with another connection's committed change in between. */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public List<Integer> readTwiceRepeatable(String sku, Runnable between) {
        return IsolationProbe.readStockTwice(sku, between);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<Integer> readTwiceReadCommitted(String sku, Runnable between) {
        return IsolationProbe.readStockTwice(sku, between);
    }
}
