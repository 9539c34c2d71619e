package io.aksara.jooq.internal;

import io.aksara.meta.SqlNames;
import java.sql.SQLException;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.Name;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The binding of a text value into a PostgreSQL enum column: the value is bound as text, as every
 * other string, and the SQL casts it to the type ({@code cast(? as "mood")}), because PostgreSQL
 * refuses a {@code varchar} parameter for an enum column. It travels with the column's jOOQ
 * {@link DataType}, so inserts, updates, bulk writes and filters all render the cast; nothing
 * depends on the driver's {@code stringtype} setting. Reading is the plain text reading.
 */
public final class PgEnumBinding implements Binding<String, String> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("unchecked")
    private static final Binding<String, String> TEXT = (Binding<String, String>) SQLDataType.VARCHAR.getBinding();

    /** The type's name, split at the schema dot; from the model's metadata, never from a value. */
    private final String[] typeName;

    private PgEnumBinding(String typeName) {
        // rendered without quotes in every cast: only a plain lower-case name (metadata checks it first)
        String problem = SqlNames.enumTypeProblem(typeName);
        if (problem != null) {
            throw new IllegalArgumentException("dbType \"" + typeName + "\" " + problem);
        }
        this.typeName = typeName.split("\\.");
    }

    /** The column type {@code base} (a {@code varchar}) with its values cast to the enum type {@code typeName}. */
    @SuppressWarnings("unchecked")
    public static DataType<?> of(DataType<?> base, String typeName) {
        return ((DataType<String>) base).asConvertedDataType(new PgEnumBinding(typeName));
    }

    /** The enum type a column's values are cast to, or null when the column is not of one. */
    public static Name typeOf(DataType<?> type) {
        return type.getBinding() instanceof PgEnumBinding b ? b.name() : null;
    }

    /** The name of the type, with its schema if it has one; unquoted, as the type was created. */
    public Name name() {
        return DSL.unquotedName(typeName);
    }

    @Override
    public Converter<String, String> converter() {
        return TEXT.converter();
    }

    @Override
    public void sql(BindingSQLContext<String> ctx) throws SQLException {
        ctx.render().sql("cast(");
        TEXT.sql(ctx);
        ctx.render().sql(" as ").visit(name()).sql(')');
    }

    @Override
    public void register(BindingRegisterContext<String> ctx) throws SQLException {
        TEXT.register(ctx);
    }

    @Override
    public void set(BindingSetStatementContext<String> ctx) throws SQLException {
        TEXT.set(ctx);
    }

    @Override
    public void set(BindingSetSQLOutputContext<String> ctx) throws SQLException {
        TEXT.set(ctx);
    }

    @Override
    public void get(BindingGetResultSetContext<String> ctx) throws SQLException {
        TEXT.get(ctx);
    }

    @Override
    public void get(BindingGetStatementContext<String> ctx) throws SQLException {
        TEXT.get(ctx);
    }

    @Override
    public void get(BindingGetSQLInputContext<String> ctx) throws SQLException {
        TEXT.get(ctx);
    }
}
