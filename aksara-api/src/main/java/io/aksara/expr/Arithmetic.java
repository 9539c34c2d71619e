package io.aksara.expr;

/**
 * Arithmetic on two expressions.
 *
 * <pre>{@code F.of("stock").minus(1) }</pre>
 *
 * @param operator the operation
 * @param left     the left operand
 * @param right    the right operand
 */
public record Arithmetic(Operator operator, Expression left, Expression right) implements Expression {
    /** The four operations, with their SQL symbols. */
    public enum Operator {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    @Override
    public String toString() {
        return "(" + left + " " + operator.symbol() + " " + right + ")";
    }
}
