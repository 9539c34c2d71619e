package io.aksara;

import io.aksara.expr.Expression;
import io.aksara.metamodel.FieldPath;
import java.util.Objects;

/**
 * A reference to a field's value in the database, as Django's {@code F}: compare one column with
 * another, or update a column from its own value without reading it first (no lost updates).
 * Paths may follow foreign keys ({@code F.of("category__discount")}).
 *
 * <pre>{@code
 * Product.objects.filter("stock__lt", F.of("reserved"));
 * Product.objects.filter("pk", id).update("stock", F.of("stock").minus(1));
 * }</pre>
 *
 * @param path the field path, as in lookups
 */
public record F(String path) implements Expression {
    public F {
        Objects.requireNonNull(path, "path");
    }

    /** A reference to the field (or {@code relation__field}) named by {@code path}. */
    public static F of(String path) {
        return new F(path);
    }

    /**
     * A reference to a field of the generated metamodel, typed paths included.
     *
     * <pre>{@code Book.objects.aggregate(Sum.of(F.of(Book_.price)))   // price__sum }</pre>
     */
    public static F of(FieldPath<?, ?> path) {
        Objects.requireNonNull(path, "path");
        return new F(path.name());
    }

    @Override
    public String toString() {
        return "F(" + path + ")";
    }
}
