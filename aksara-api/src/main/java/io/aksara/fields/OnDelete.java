package io.aksara.fields;

/**
 * What a foreign key does when the row it points to is deleted. The names and meanings follow
 * Django's {@code on_delete} options, and Aksara carries them out itself when a model instance or
 * a QuerySet is deleted: it finds the rows that point to the deleted ones, level by level, and
 * deletes, updates or refuses in one transaction before anything is written. The database's own
 * foreign key constraint is created to match (see {@code io.aksara.schema.ForeignKeyActions}).
 *
 * <pre>{@code
 * @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Order> order;                        // lines go with their order
 * @ForeignKey(onDelete = OnDelete.PROTECT) public Ref<Customer> customer;                  // a customer with orders stays
 * @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true) public Ref<Author> editor;     // the book keeps, without editor
 * @ForeignKey(onDelete = OnDelete.SET, onDeleteValue = "1") public Ref<Shelf> shelf;       // moved to shelf 1
 * }</pre>
 */
public enum OnDelete {
    /** Delete the rows that point to the deleted row as well, through any number of levels. */
    CASCADE,
    /**
     * Refuse the delete while rows point to it: {@link io.aksara.errors.ProtectedError}, raised
     * before anything is written.
     */
    PROTECT,
    /**
     * Refuse the delete ({@link io.aksara.errors.RestrictedError}) unless every pointing row is
     * itself deleted in the same operation by a CASCADE from another deleted row (Django 3.1).
     */
    RESTRICT,
    /** Set the foreign key to NULL; the field must be {@code nullable = true}. */
    SET_NULL,
    /** Set the foreign key to its default; the field needs a {@link Default @Default}. */
    SET_DEFAULT,
    /**
     * Set the foreign key to the key given in {@link ForeignKey#onDeleteValue()} (Django's
     * {@code SET(value)}), written as text like {@link Default @Default}.
     */
    SET,
    /**
     * Do nothing in Aksara; the database constraint (NO ACTION) decides. Rows that still point to
     * a deleted row make the delete fail with {@link io.aksara.errors.ForeignKeyViolation}, and the
     * whole delete is rolled back.
     */
    DO_NOTHING
}
