package io.aksara.it.kinds;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of money: a value type of the application, stored by {@link MoneyKind} in a DECIMAL column. */
public record Money(BigDecimal amount) implements Comparable<Money> {
    public Money {
        Objects.requireNonNull(amount, "amount");
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }
}
