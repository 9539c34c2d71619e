package io.aksara.test;

import io.aksara.Aksara;
import io.aksara.Model;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Django's {@code TestCase} for JUnit: each test method runs inside an atomic block that is rolled
 * back when the test ends, pass or fail, so no test sees another's rows and no table needs emptying.
 *
 * <pre>{@code
 * @AksaraTest
 * class CheckoutTest {
 *     @Test
 *     void placingAnOrderLowersTheStock() {
 *         Product p = Product.objects.create("name", "Lamp", "stock", 3);
 *         checkout.place(p, 2);
 *         assertEquals(1, Product.objects.get("pk", p.id).stock);
 *     }                                           // rolled back here: the next test starts empty
 * }
 *
 * @AksaraTest(freshDatabase = true, models = {Product.class, Order.class})
 * class ImporterTest { ... }                      // its own empty database, dropped after the class
 * }</pre>
 *
 * <p>What runs inside the rolled-back block is the test method and, just before it, its
 * {@code @BeforeEach} methods (as Django's {@code setUp}): rows they write are rolled back with the
 * test's. {@code @AfterEach} methods run after the rollback; rows made once per class in
 * {@code @BeforeAll} are left in place (like Django's {@code setUpTestData}, but committed). Inside the block, {@code Transaction.onCommit}
 * hooks never run (nothing commits) and the {@code ...Async} methods are refused, as in any atomic block.
 * A test that catches an expected database error and then runs more statements wraps the failing
 * statement in its own {@code Transaction.atomic} (a savepoint), as in Django's {@code TestCase}; a
 * test that must commit is marked {@link WithoutRollback}.
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(AksaraExtension.class)
public @interface AksaraTest {
    /** The database aliases whose work each test rolls back; the default database unless set. */
    String[] databases() default {Aksara.DEFAULT};

    /**
     * Gives the class a database of its own, made before its first test from the configuration in
     * force for the first alias of {@link #databases()} (a new in-memory database on H2, a new
     * database on the same PostgreSQL or MariaDB server), with the tables of {@link #models()};
     * dropped after the class, and the alias configured as before. See {@link FreshDatabase}.
     */
    boolean freshDatabase() default false;

    /** The models whose tables a {@linkplain #freshDatabase() fresh database} gets. */
    Class<? extends Model>[] models() default {};

    /** Whether each test is rolled back; false runs tests as they are (a fresh database may still be asked for). */
    boolean rollback() default true;
}
