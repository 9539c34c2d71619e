package io.aksara;

/**
 * What {@link QuerySet#selectForUpdate(ForUpdate, String...)} does when another transaction already holds a
 * lock on a row it selects.
 *
 * <pre>{@code
 * Transaction.atomic(() -> {
 *     List<Job> mine = Job.objects.filter("state", "new").orderBy("id")
 *             .selectForUpdate(ForUpdate.SKIP_LOCKED).limit(10).fetch();   // jobs no other worker holds
 *     ...
 * });
 * }</pre>
 */
public enum ForUpdate {
    /** Wait until the other transaction ends ({@code FOR UPDATE}). */
    WAIT,
    /** Fail at once with a {@link io.aksara.errors.DatabaseError} ({@code FOR UPDATE NOWAIT}). */
    NOWAIT,
    /** Leave locked rows out of the result ({@code FOR UPDATE SKIP LOCKED}). */
    SKIP_LOCKED
}
