package io.aksara.expr;

/**
 * A constant in an expression; always sent as a bound parameter.
 *
 * <pre>{@code F.of("price").times(Value.of(new BigDecimal("1.2"))) }</pre>
 *
 * @param value the constant (converted to the type of the other operand when resolved)
 */
public record Value(Object value) implements Expression {
    public static Value of(Object value) {
        return new Value(value);
    }

    /** An expression stays as it is; anything else (a string too) becomes a constant. */
    public static Expression wrap(Object o) {
        return o instanceof Expression e ? e : new Value(o);
    }
}
