package io.aksara.errors;

/**
 * {@code get()} found no row. It names the model it looked for, so one handler can tell a
 * missing article from a missing author, as Django's per-model {@code Article.DoesNotExist}
 * does: {@link #isFor(Class)} is true for that model and for the models it extends.
 *
 * <pre>{@code
 * try {
 *     Article a = Article.objects.get("headline", "Nothing");
 *     Author w = a.author.get();
 * } catch (DoesNotExist e) {
 *     if (e.isFor(Article.class)) { ... }   // no such article (an author missing would be isFor(Author.class))
 *     e.model();                            // "Article"
 * }
 * }</pre>
 *
 * <p>When a miss is expected, {@code getOrNull(...)} returns null instead of throwing.
 */
public class DoesNotExist extends AksaraException {
    private final String model;
    private final Class<?> modelClass;

    /** A miss of a model known by name only ({@link #modelClass()} is null). */
    public DoesNotExist(String model, String detail) {
        this(null, model, detail);
    }

    /** A miss of this model class. */
    public DoesNotExist(Class<?> modelClass, String detail) {
        this(modelClass, modelClass.getSimpleName(), detail);
    }

    private DoesNotExist(Class<?> modelClass, String model, String detail) {
        super(model + " matching query does not exist." + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"));
        this.model = model;
        this.modelClass = modelClass;
    }

    /** The model's simple name. */
    public String model() {
        return model;
    }

    /** The model class that had no matching row, or null when only its name is known. */
    public Class<?> modelClass() {
        return modelClass;
    }

    /**
     * Whether the missing row was of this model (or of a model that extends it), as
     * {@code except Article.DoesNotExist} in Django.
     *
     * <pre>{@code catch (DoesNotExist e) { if (!e.isFor(Article.class)) throw e; return fallback; } }</pre>
     */
    public boolean isFor(Class<?> type) {
        return modelClass != null && type.isAssignableFrom(modelClass);
    }
}
