package io.aksara.expr;

import io.aksara.errors.FieldError;
import io.aksara.internal.NameRules;

/**
 * An expression with the name it is annotated or aggregated under; made by
 * {@link Expression#as(String)}.
 *
 * <pre>{@code Author.objects.annotate(Count.of("books").as("bookCount")) }</pre>
 *
 * @param expression the expression
 * @param name       the name of the annotation or of the aggregate's key
 */
public record Named(Expression expression, String name) implements Expression {
    public Named {
        if (expression == null) {
            throw new FieldError("as() needs an expression, got null");
        }
        checkName(name);
    }

    /**
     * A name must not be blank, start with {@code -} (descending order) or hold empty segments. It
     * may contain {@code __}, as Django's default names do ({@code books__count}): a lookup path
     * starts with the longest annotation name it matches ({@code books__count__gte}). As in
     * Django, it may not contain whitespace, quotation marks, semicolons or SQL comments
     * ({@link NameRules#alias}); that it does not clash with a field is checked where the
     * annotation is added.
     */
    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new FieldError("An annotation needs a name, got " + (name == null ? "null" : "\"" + name + "\""));
        }
        NameRules.alias(name);
        if (name.startsWith("__") || name.endsWith("__") || name.contains("___")) {
            throw new FieldError("The annotation name '" + name + "' has an empty segment; segments are separated by '__'");
        }
        if (name.startsWith("-")) {
            throw new FieldError("The annotation name '" + name + "' cannot start with '-'");
        }
        return name;
    }

    @Override
    public Expression as(String newName) {
        return new Named(expression, newName);
    }

    @Override
    public String toString() {
        return expression + " AS " + name;
    }
}
