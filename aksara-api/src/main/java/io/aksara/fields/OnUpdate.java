package io.aksara.fields;

/**
 * The {@code ON UPDATE} action of a foreign key's database constraint: what the database does to
 * the referencing rows when the key of the row they point to changes. Aksara never changes a
 * primary key itself, so this only matters for updates made outside Aksara; it exists so that a
 * schema read by inspectdb (many legacy schemas say {@code ON UPDATE CASCADE}) is recreated by
 * the migrations exactly as it was.
 *
 * <pre>{@code
 * @ForeignKey(onDelete = OnDelete.RESTRICT, onUpdate = OnUpdate.CASCADE) public Ref<Customer> customer;
 * }</pre>
 */
public enum OnUpdate {
    /** No action: the database refuses a key change while rows point to the old key (the default). */
    NO_ACTION("NO ACTION"),
    /** The referencing rows follow the new key. */
    CASCADE("CASCADE"),
    /** Refused at once, never after a deferred check. */
    RESTRICT("RESTRICT"),
    /** The referencing column becomes NULL. */
    SET_NULL("SET NULL"),
    /** The referencing column gets its default. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    OnUpdate(String sql) {
        this.sql = sql;
    }

    /** The action's SQL words, e.g. {@code SET NULL}. */
    public String sql() {
        return sql;
    }
}
