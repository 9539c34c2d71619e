package io.aksara.errors;

/**
 * A foreign key would point from an object on one database to an object on another, and no
 * router ({@link io.aksara.routing.Router#allowRelation}) allows it. Raised before any SQL runs.
 *
 * <pre>{@code
 * Author a = Author.objects.using("archive").get("pk", 1);
 * Book.objects.create("title", "Dune", "author", a);   // RelationNotAllowed: books live on 'default'
 * }</pre>
 */
public class RelationNotAllowed extends AksaraException {
    public RelationNotAllowed(String message) {
        super(message);
    }
}
