package io.aksara;

/**
 * Told before and after an instance is saved: Django's {@code pre_save} and {@code post_save}.
 * Register one with {@link Lifecycle#onSave}. Sent by {@code save()}, {@code create()},
 * {@code getOrCreate()} and the other calls that save one instance; not by {@code bulkCreate},
 * {@code bulkUpdate}, {@code QuerySet.update()} or fixtures, as Django sends none for those.
 *
 * <pre>{@code
 * Lifecycle.onSave(Order.class, new SaveListener<>() {
 *     public void preSave(Order order, boolean created) { order.total = order.lines().sum(); }
 *     public void postSave(Order order, boolean created) { if (created) mailer.confirm(order); }
 * });
 * }</pre>
 *
 * <p>{@code preSave} runs before automatic values (autoNow) and validation, so what it sets is
 * validated and written; {@code postSave} runs after the row is written, inside the caller's
 * transaction if there is one (use {@code Transaction.onCommit} for work that must wait for the commit).
 * An exception from either is thrown to the caller of {@code save()}; from {@code preSave}, nothing is written.
 *
 * @param <M> the model (a listener on {@code Model} hears every model)
 */
public interface SaveListener<M extends Model> {
    /** Before the row is written; {@code created} is true for a new instance. */
    default void preSave(M instance, boolean created) {}

    /** After the row is written; {@code created} is true when it was inserted. */
    default void postSave(M instance, boolean created) {}
}
