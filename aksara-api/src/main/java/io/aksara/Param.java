package io.aksara;

import io.aksara.errors.ParameterError;

/**
 * A named parameter in a lookup's place, filled in each time a {@linkplain QuerySet#compile()
 * compiled query} runs. The QuerySet is resolved (names, lookups, the SQL statement) once; each
 * run gives only the values.
 *
 * <pre>{@code
 * import static io.aksara.Param.param;
 *
 * static final CompiledQuery<Product> CHEAP =
 *         Product.objects.filter("price__lt", param("max")).orderBy("name").compile();
 *
 * List<Product> under100 = CHEAP.with("max", 100).fetch();
 * }</pre>
 *
 * @param name how {@link CompiledQuery#with(String, Object)} names the value
 */
public record Param(String name) {
    public Param {
        if (name == null || name.isBlank()) {
            throw new ParameterError("A parameter needs a name, as in param(\"maxPrice\")");
        }
    }

    /** The parameter of this name (for a static import). */
    public static Param param(String name) {
        return new Param(name);
    }
}
