package io.aksara.fields;

/**
 * What a foreign key does when the row it points to is deleted. The names and meanings follow
 * Django's {@code on_delete} options.
 *
 * <pre>{@code
 * @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true) public Ref<Author> editor;
 * }</pre>
 */
public enum OnDelete {
    /** Delete the rows that point to the deleted row as well. */
    CASCADE,
    /** Refuse the delete while rows point to it. */
    PROTECT,
    /** Refuse the delete unless the pointing rows are deleted in the same operation by a cascade. */
    RESTRICT,
    /** Set the foreign key to NULL; the field must be nullable. */
    SET_NULL,
    /** Set the foreign key to its default. */
    SET_DEFAULT,
    /** Do nothing; the database constraint decides. */
    DO_NOTHING
}
