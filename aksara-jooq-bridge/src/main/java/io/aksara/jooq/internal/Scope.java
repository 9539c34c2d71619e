package io.aksara.jooq.internal;

import io.aksara.jooq.ModelTable;
import io.aksara.meta.FieldMeta;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * One occurrence of a model's table in a statement: the query's own table (named by the table)
 * or a joined or sub-selected one (named by an alias such as {@code r1}), so that a model can
 * meet itself in a query without ambiguity.
 */
public final class Scope {
    private final ModelTable table;
    private final String alias;

    private Scope(ModelTable table, String alias) {
        this.table = table;
        this.alias = alias;
    }

    /** The query's own table, referenced by its name. */
    public static Scope root(ModelTable table) {
        return new Scope(table, null);
    }

    /** Another occurrence of a table, referenced by an alias. */
    public static Scope aliased(ModelTable table, String alias) {
        return new Scope(table, alias);
    }

    public ModelTable modelTable() {
        return table;
    }

    /** The table to put in FROM or JOIN. */
    public Table<Record> table() {
        return alias == null ? table.table() : table.table().as(Identifiers.of(alias));
    }

    /** A column of this occurrence. */
    public Field<Object> field(FieldMeta<?, ?> f) {
        Field<Object> column = table.field(f);
        return alias == null ? column : DSL.field(Identifiers.of(alias, f.column()), column.getDataType());
    }

    /** The primary key column of this occurrence. */
    public Field<Object> primaryKey() {
        return field(table.meta().primaryKey());
    }
}
