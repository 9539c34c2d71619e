package io.aksara.fields;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optimistic locking: marks an {@link IntegerField} or {@link BigIntegerField} as the row's
 * version. A new row starts at 1; {@code save()} of a loaded instance updates the row only if its
 * version is still the one loaded, and adds 1; if another writer changed the row since, it raises
 * {@link io.aksara.errors.StaleObjectError} and writes nothing. {@code QuerySet.update()} adds 1
 * to the version of every row it changes, so a later {@code save()} of an instance loaded before
 * it is refused too.
 *
 * <pre>{@code
 * public class Account extends Model {
 *     @DecimalField(maxDigits = 12, decimalPlaces = 2) public BigDecimal balance;
 *     @Version @IntegerField public int version;
 * }
 *
 * Account a = Account.objects.get("pk", 1), b = Account.objects.get("pk", 1);
 * a.balance = a.balance.add(TEN); a.save();     // version 1 -> 2
 * b.balance = b.balance.add(ONE); b.save();     // StaleObjectError: Account pk=1 was changed since it was loaded
 * }</pre>
 *
 * <p>{@code bulkUpdate} does not check versions (it writes the fields it is given).
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Version {}
