package io.aksara.query;

/**
 * A condition written in a backend's own terms, carried through the API unread. The API module
 * knows no SQL, so it cannot look inside; the backend that made it lowers it (the jOOQ bridge's
 * {@code Jooq.condition(org.jooq.Condition)} makes one from a jOOQ {@code Condition}).
 *
 * <pre>{@code
 * Product.objects.filter(Jooq.condition(DSL.field("price").lt(5)));
 * }</pre>
 *
 * <p>Implementations are immutable and describe themselves in {@code toString()}, which shows in
 * {@code QuerySet.toString()}.
 */
public interface RawCondition {
    /** The backend that can lower this condition, named in the error a different backend raises. */
    String backend();
}
