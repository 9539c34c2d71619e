package io.aksara.schema.lint;

import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.schema.state.ColumnState;
import io.aksara.schema.state.DefaultValue;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.database.Database;
import liquibase.database.core.MariaDBDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.datatype.DataTypeFactory;

/**
 * The pieces of the SQL in safe sequences, per database: quoted identifiers (names come from the
 * migrations' own metadata), column types (the changelog's type text as Liquibase renders it
 * there), literals, and names for helper constraints within the database's length limit.
 */
final class SqlText {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([a-z.]+)}");
    private static final int MAX_NAME = 63;
    private static final int BATCH = 10000;

    private final LintDatabase database;

    SqlText(LintDatabase database) {
        this.database = database;
    }

    /** An identifier quoted for the database. */
    String id(String name) {
        return database == LintDatabase.POSTGRESQL
                ? '"' + name.replace("\"", "\"\"") + '"'
                : '`' + name.replace("`", "``") + '`';
    }

    /** The column's type as this database spells it ({@code VARCHAR(100) COLLATE utf8mb4_bin} on MariaDB). */
    String type(String liquibaseType) {
        Map<String, String> properties = vendor().liquibaseTypes();
        Matcher m = PROPERTY.matcher(liquibaseType);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(resolved, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(resolved);
        String text = resolved.toString().trim();
        int collate = text.toUpperCase(java.util.Locale.ROOT).indexOf(" COLLATE ");
        String base = collate < 0 ? text : text.substring(0, collate);
        String suffix = collate < 0 ? "" : text.substring(collate);
        try {
            Database db = liquibaseDatabase();
            return DataTypeFactory.getInstance().fromDescription(base, db).toDatabaseDataType(db).toSql() + suffix;
        } catch (RuntimeException e) {
            return text; // a type Liquibase does not know offline: as the changelog wrote it
        }
    }

    /** A column definition for ADD COLUMN / MODIFY: type, nullability, default. */
    String columnDefinition(ColumnState column, boolean nullable) {
        StringBuilder s = new StringBuilder(type(column.type()));
        if (column.defaultValue() != null) {
            s.append(" DEFAULT ").append(literal(column.defaultValue()));
        }
        s.append(nullable ? " NULL" : " NOT NULL");
        return s.toString();
    }

    /**
     * One batch of a backfill: an UPDATE of at most 10,000 rows matching {@code where}, to repeat
     * (each its own transaction) until it changes no row. PostgreSQL has no UPDATE ... LIMIT, so
     * the batch is chosen by row address.
     */
    String batchedUpdate(String quotedTable, String assignment, String where) {
        return database == LintDatabase.POSTGRESQL
                ? "UPDATE " + quotedTable + " SET " + assignment + " WHERE " + where + " AND ctid IN (SELECT ctid FROM "
                        + quotedTable + " WHERE " + where + " LIMIT " + BATCH + ");"
                : "UPDATE " + quotedTable + " SET " + assignment + " WHERE " + where + " LIMIT " + BATCH + ";";
    }

    /** A default value as an SQL literal. */
    String literal(DefaultValue value) {
        return switch (value.kind()) {
            case NUMERIC -> value.text();
            case BOOLEAN -> database == LintDatabase.POSTGRESQL ? value.text().toUpperCase(java.util.Locale.ROOT)
                    : (Boolean.parseBoolean(value.text()) ? "1" : "0");
            case TEXT, DATE -> quoted(value.text());
            case COMPUTED -> value.text(); // the model author's SQL expression (@DbDefault), computed by the database
        };
    }

    /** A value given as text (a one-off default): unquoted when it is a number, else a string literal. */
    String literal(String text) {
        return text.matches("-?\\d+(\\.\\d+)?") ? text : quoted(text);
    }

    /** A name for a helper constraint, kept within the identifier length of both databases. */
    static String name(String... parts) {
        String n = String.join("_", parts);
        return n.length() <= MAX_NAME ? n : n.substring(0, MAX_NAME - 9) + "_" + Integer.toHexString(n.hashCode());
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private Vendor vendor() {
        String name = database == LintDatabase.POSTGRESQL ? "postgresql" : "mariadb";
        return Vendors.all().stream().filter(v -> v.liquibaseName().equals(name)).findFirst().orElseThrow();
    }

    private Database liquibaseDatabase() {
        return database == LintDatabase.POSTGRESQL ? new PostgresDatabase() : new MariaDBDatabase();
    }
}
