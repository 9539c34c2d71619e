package io.aksara;

/**
 * Told before and after an instance is deleted: Django's {@code pre_delete} and {@code post_delete}.
 * Register one with {@link Lifecycle#onDelete}. Sent by {@code Model.delete()} and, for each row
 * it deletes, by {@code QuerySet.delete()} (which then reads the rows before deleting them, as
 * Django does when a receiver is connected).
 *
 * <pre>{@code
 * Lifecycle.onDelete(Document.class, new DeleteListener<>() {
 *     public void postDelete(Document d) { Transaction.onCommit(() -> storage.remove(d.path)); }
 * });
 * }</pre>
 *
 * <p>Rows a CASCADE deletes are announced too: a delete that cascades to a model with a listener
 * reads those rows before deleting them (instead of deleting them by their foreign key alone).
 *
 * @param <M> the model (a listener on {@code Model} hears every model)
 */
public interface DeleteListener<M extends Model> {
    /** Before the row is deleted; the instance still has its key. */
    default void preDelete(M instance) {}

    /** After the row is deleted; the instance still has its key (Model.delete() clears it after this). */
    default void postDelete(M instance) {}
}
