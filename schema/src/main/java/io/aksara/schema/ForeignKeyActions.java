package io.aksara.schema;

import io.aksara.fields.OnDelete;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.meta.FieldMeta;
import org.jooq.Constraint;
import org.jooq.ConstraintForeignKeyOnStep;
import org.jooq.SQLDialect;

/**
 * The {@code ON DELETE} action of the database constraint behind each {@link OnDelete} rule: the
 * one place that decides it, for tables created by {@link SchemaEditor} and for migrations.
 * Aksara carries out every rule itself when it deletes; the constraint makes the database agree
 * for rows deleted by other means (plain SQL, another application).
 *
 * <table>
 *   <caption>OnDelete → ON DELETE</caption>
 *   <tr><th>rule</th><th>action</th></tr>
 *   <tr><td>CASCADE</td><td>CASCADE</td></tr>
 *   <tr><td>SET_NULL</td><td>SET NULL</td></tr>
 *   <tr><td>PROTECT, RESTRICT</td><td>RESTRICT</td></tr>
 *   <tr><td>SET_DEFAULT</td><td>SET DEFAULT; NO ACTION on MySQL and MariaDB, whose InnoDB parses but rejects it</td></tr>
 *   <tr><td>SET, DO_NOTHING</td><td>NO ACTION (SET's value is Aksara's; DO_NOTHING lets the constraint decide)</td></tr>
 * </table>
 *
 * <pre>{@code
 * ForeignKeyActions.onDelete(OnDelete.SET_NULL).sql();                       // "SET NULL"
 * ForeignKeyActions.onDelete(OnDelete.SET_DEFAULT, SQLDialect.MYSQL).sql();  // "NO ACTION"
 * }</pre>
 */
public final class ForeignKeyActions {
    /** A referential action, spelled as SQL (and as Liquibase's {@code onDelete} attribute) by {@link #sql()}. */
    public enum Action {
        CASCADE("CASCADE"),
        SET_NULL("SET NULL"),
        SET_DEFAULT("SET DEFAULT"),
        RESTRICT("RESTRICT"),
        NO_ACTION("NO ACTION");

        private final String sql;

        Action(String sql) {
            this.sql = sql;
        }

        /** The action's SQL words, e.g. {@code SET NULL}. */
        public String sql() {
            return sql;
        }
    }

    private ForeignKeyActions() {}

    /**
     * The action for databases that support all of them (PostgreSQL, H2). A rule-less field (not
     * a foreign key built by the processor) gets NO ACTION.
     */
    public static Action onDelete(OnDelete rule) {
        if (rule == null) {
            return Action.NO_ACTION;
        }
        return switch (rule) {
            case CASCADE -> Action.CASCADE;
            case SET_NULL -> Action.SET_NULL;
            // RESTRICT rather than NO ACTION: the row is refused at once, never after a deferred check
            case PROTECT, RESTRICT -> Action.RESTRICT;
            case SET_DEFAULT -> Action.SET_DEFAULT;
            case SET, DO_NOTHING -> Action.NO_ACTION;
        };
    }

    /**
     * The action on a given database: as {@link #onDelete(OnDelete)}, except that SET_DEFAULT is
     * NO ACTION on MySQL and MariaDB (InnoDB refuses tables with ON DELETE SET DEFAULT). Aksara
     * still sets the default when it deletes; only deletes outside Aksara are refused there.
     */
    public static Action onDelete(OnDelete rule, SQLDialect dialect) {
        return onDelete(rule, Vendors.of(dialect));
    }

    /** As {@link #onDelete(OnDelete, SQLDialect)}, on the database of this vendor (an open database's own). */
    public static Action onDelete(OnDelete rule, Vendor vendor) {
        Action action = onDelete(rule);
        if (action == Action.SET_DEFAULT && !vendor.has(Feature.ON_DELETE_SET_DEFAULT)) {
            return Action.NO_ACTION;
        }
        return action;
    }

    /**
     * The action of a foreign key field for a dialect alone (no open database): as
     * {@link #onDeleteOf(FieldMeta, Vendor)} with {@link Vendors#of(SQLDialect) the dialect's vendor}.
     */
    public static Action onDeleteOf(FieldMeta<?, ?> foreignKey, SQLDialect dialect) {
        return onDeleteOf(foreignKey, Vendors.of(dialect));
    }

    /** The action of a foreign key field on the database of this vendor (an open database's own). */
    public static Action onDeleteOf(FieldMeta<?, ?> foreignKey, Vendor vendor) {
        if (foreignKey.onDelete() == OnDelete.SET_DEFAULT && foreignKey.nullable()
                && foreignKey.model().defaults().get(foreignKey) == null) {
            return Action.SET_NULL; // its default is NULL, and a column without a default cannot SET DEFAULT on H2
        }
        return onDelete(foreignKey.onDelete(), vendor);
    }

    /** Adds the field's {@code ON UPDATE} action to a jOOQ foreign key constraint (nothing for NO ACTION, the default). */
    static ConstraintForeignKeyOnStep applyUpdate(ConstraintForeignKeyOnStep fk, io.aksara.fields.OnUpdate action) {
        return switch (action) {
            case NO_ACTION -> fk;
            case CASCADE -> fk.onUpdateCascade();
            case RESTRICT -> fk.onUpdateRestrict();
            case SET_NULL -> fk.onUpdateSetNull();
            case SET_DEFAULT -> fk.onUpdateSetDefault();
        };
    }

    /** Ends a jOOQ foreign key constraint with the field's {@code ON DELETE} action. */
    static Constraint apply(ConstraintForeignKeyOnStep fk, Action action) {
        return switch (action) {
            case CASCADE -> fk.onDeleteCascade();
            case SET_NULL -> fk.onDeleteSetNull();
            case SET_DEFAULT -> fk.onDeleteSetDefault();
            case RESTRICT -> fk.onDeleteRestrict();
            case NO_ACTION -> fk.onDeleteNoAction();
        };
    }
}
