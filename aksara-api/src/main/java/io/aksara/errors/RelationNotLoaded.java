package io.aksara.errors;

/**
 * Strict mode refused a query for a relation that was not loaded with the rows (the N+1 guard).
 * The message names the model, the relation and how to load it.
 *
 * <pre>{@code
 * for (Book b : Book.objects.all().strict().fetch()) {
 *     b.author.get();   // RelationNotLoaded: Book.author was not loaded ... selectRelated("author")
 * }
 * }</pre>
 */
public class RelationNotLoaded extends AksaraException {
    private final String model;
    private final String relation;

    public RelationNotLoaded(String model, String relation, String detail) {
        super("Strict mode: " + model + "." + relation + " was not loaded" + detail);
        this.model = model;
        this.relation = relation;
    }

    /** The simple name of the model whose relation was touched. */
    public String model() {
        return model;
    }

    /** The relation's name on that model ({@code author}, {@code books}). */
    public String relation() {
        return relation;
    }
}
