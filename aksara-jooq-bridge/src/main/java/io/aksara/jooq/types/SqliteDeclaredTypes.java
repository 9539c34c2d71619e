package io.aksara.jooq.types;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.util.Map;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The type a SQLite table declares for the values Aksara keeps there as text (timestamps, dates,
 * times, UUIDs, JSON). SQLite stores the values as text whatever the declaration, but keeps the
 * declared type of each column, and that is all inspectdb (and any other reader of the schema) can
 * go by: a column declared {@code TEXT} comes back as a text field. So the tables say
 * {@code TIMESTAMP WITH TIME ZONE}, {@code TIMESTAMP}, {@code DATE}, {@code TIME}, {@code UUID}
 * (NUMERIC affinity, which leaves text that is not a number as it is: ISO dates and times and
 * UUIDs never are) and {@code JSON_TEXT} (TEXT affinity: a JSON number must stay the text it was).
 * The same names are the vendor's changelog types ({@code SqliteVendor.liquibaseTypes()}), so
 * migrated tables and {@code SchemaEditor}'s agree.
 */
final class SqliteDeclaredTypes {
    /**
     * JSON's declared type: TEXT affinity (the name contains "TEXT"), one word (jOOQ reads SQLite's
     * keys and indexes by parsing each CREATE TABLE, and stops at a type of two unknown words), and
     * a name inspectdb reads as JSON.
     */
    static final String JSON = "json_text";

    // jOOQ writes its own SQLite names for the types it knows (datetime for a time, varchar(36) for a
    // UUID): a domain's name is written as it is, and registers no type of its own
    private static final Map<FieldType, DataType<?>> DECLARED = Map.of(
            FieldType.DATE_TIME, named("timestamp with time zone"),
            FieldType.LOCAL_DATE_TIME, named("timestamp"),
            FieldType.DATE, named("date"),
            FieldType.TIME, named("time"),
            FieldType.UUID, named("uuid"),
            FieldType.JSON, named(JSON));

    private SqliteDeclaredTypes() {}

    private static DataType<String> named(String declared) {
        return DSL.domain(DSL.unquotedName(declared), SQLDataType.VARCHAR).getDataType();
    }

    /** The type as SQLite tables declare it, on SQLite, for the kinds above; the type's own DDL type otherwise. */
    static SqlType declaring(FieldType kind, SqlType type) {
        DataType<?> declared = DECLARED.get(kind);
        if (declared == null) {
            return type;
        }
        return new SqlType() {
            @Override
            public DataType<?> dataType(FieldMeta<?, ?> field, SQLDialect dialect) {
                return type.dataType(field, dialect);
            }

            @Override
            public DataType<?> ddlType(FieldMeta<?, ?> field, SQLDialect dialect) {
                return dialect.family() == SQLDialect.SQLITE ? declared : type.ddlType(field, dialect);
            }

            @Override
            public ColumnReader reader(SQLDialect dialect) {
                return type.reader(dialect);
            }

            @Override
            public String changelogType(FieldMeta<?, ?> field) {
                return type.changelogType(field);
            }

            @Override
            public Class<?> valueClass() {
                return type.valueClass();
            }

            @Override
            public Object toJdbc(Object value, SQLDialect dialect) {
                return type.toJdbc(value, dialect);
            }
        };
    }
}
