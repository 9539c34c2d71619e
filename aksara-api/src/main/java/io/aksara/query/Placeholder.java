package io.aksara.query;

import java.util.function.UnaryOperator;

/**
 * Where a lookup's value is a {@link io.aksara.Param}: the parameter's name, the lookup it stands
 * in (for messages), and how a value given for it is checked and converted, exactly as the lookup
 * converts a value given directly. A compiled query replaces every placeholder with its prepared
 * value before the query reaches the backend; a placeholder left in a query is an error there.
 *
 * @param name    the parameter's name
 * @param lookup  the lookup string it stands in, as written ({@code price__lt})
 * @param prepare the lookup's conversion of a value for its column
 */
public record Placeholder(String name, String lookup, UnaryOperator<Object> prepare) {
    @Override
    public String toString() {
        return "param(\"" + name + "\")";
    }
}
