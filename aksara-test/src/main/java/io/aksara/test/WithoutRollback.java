package io.aksara.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One test of an {@link AksaraTest} class that runs as it is, outside the rolled-back block
 * (Django's {@code TransactionTestCase}, for one method): for work that must commit, or that an
 * open transaction would change. What it writes stays, so it cleans up after itself.
 *
 * <pre>{@code
 * @Test @WithoutRollback
 * void theMailGoesOutAfterTheCommit() {
 *     try { orders.place(cart); assertEquals(1, outbox.size()); }   // onCommit hooks run: it really commits
 *     finally { Order.objects.all().delete(); }
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithoutRollback {
    /** Why this test cannot run in a rolled-back block, for the reader. */
    String value() default "";
}
