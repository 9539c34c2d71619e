package io.aksara.it.kinds;

import io.aksara.kinds.CodecKind;
import io.aksara.kinds.DecimalKind;
import java.math.BigDecimal;

/** {@link Money} stored as a decimal: the column, migrations and lookups are DecimalKind's. */
public final class MoneyKind extends CodecKind<Money, BigDecimal> {
    public MoneyKind() {
        super(Money.class, DecimalKind.class);
    }

    @Override
    protected BigDecimal toStored(Money value) {
        return value.amount();
    }

    @Override
    protected Money fromStored(BigDecimal stored) {
        return new Money(stored);
    }
}
