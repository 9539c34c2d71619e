package io.aksara.internal;

import io.aksara.Model;

/**
 * What a QuerySet obtained from a related manager remembers of its relation (Django's
 * {@code core_filters}), so that {@code create}, {@code getOrCreate} and {@code updateOrCreate}
 * through it make rows that belong to the owner: a reverse foreign key points the new row at the
 * owner before its INSERT, a many-to-many links it after, in the same transaction.
 *
 * @param <T> the model of the QuerySet
 */
public interface BoundRelation<T extends Model> {
    /** Called on a new instance before its INSERT (sets the foreign key to the owner). */
    default void beforeInsert(T instance) {}

    /** Called after the INSERT, in the same transaction (links the row, forgets stale prefetched rows). */
    default void afterInsert(T instance) {}
}
