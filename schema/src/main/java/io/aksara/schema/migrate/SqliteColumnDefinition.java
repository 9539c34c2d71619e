package io.aksara.schema.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One column of a {@code CREATE TABLE} text that SQLite keeps, split into its name, its declared
 * type and its constraint clauses ({@code NOT NULL}, {@code DEFAULT 'x'}, {@code PRIMARY KEY},
 * {@code REFERENCES ...}), so that a migration can change the type, the nullability or the default
 * and write the column again. SQLite cannot alter a column; the table is rebuilt with the new text
 * ({@link SqliteTables#rebuild}).
 *
 * <pre>{@code
 * SqliteColumnDefinition.parse("price DECIMAL(10, 2) NOT NULL DEFAULT 0").withNullable(true).sql();
 * // "price DECIMAL(10, 2) DEFAULT 0"
 * }</pre>
 */
record SqliteColumnDefinition(String name, String type, List<String> clauses) {
    /** The words that begin a column constraint in SQLite's grammar. */
    private static final Set<String> CLAUSE_STARTS = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK",
            "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");
    /** Words after which a clause word belongs to the clause already open ({@code NOT NULL}, {@code SET NULL}, {@code DEFAULT NULL}). */
    private static final Set<String> CONTINUES = Set.of("CONSTRAINT", "NOT", "SET", "DEFAULT", "ALWAYS");

    SqliteColumnDefinition {
        clauses = List.copyOf(clauses);
    }

    /** Reads one column definition, as SQLite keeps it in its {@code CREATE TABLE} text. */
    static SqliteColumnDefinition parse(String definition) {
        List<String> tokens = SqliteSqlTokens.split(definition);
        if (tokens.isEmpty()) {
            throw new IllegalStateException("An empty column definition in SQLite's schema");
        }
        List<String> type = new ArrayList<>();
        int i = 1;
        while (i < tokens.size() && !CLAUSE_STARTS.contains(upper(tokens.get(i)))) {
            type.add(tokens.get(i++));
        }
        List<String> clauses = new ArrayList<>();
        List<String> clause = new ArrayList<>();
        for (; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean starts = CLAUSE_STARTS.contains(upper(token))
                    && (clause.isEmpty() || !CONTINUES.contains(upper(clause.getLast())))
                    && !(clause.size() == 2 && upper(clause.getFirst()).equals("CONSTRAINT"));
            if (starts && !clause.isEmpty()) {
                clauses.add(String.join(" ", clause));
                clause.clear();
            }
            clause.add(token);
        }
        if (!clause.isEmpty()) {
            clauses.add(String.join(" ", clause));
        }
        return new SqliteColumnDefinition(tokens.getFirst(), SqliteSqlTokens.join(type), clauses);
    }

    /** Whether this definition is of the column {@code column} (names compare as SQLite does, without case). */
    boolean isNamed(String column) {
        return SqliteSqlTokens.unquote(name).equalsIgnoreCase(SqliteSqlTokens.unquote(column));
    }

    /** This column with another declared type; its values are converted as the rows are copied. */
    SqliteColumnDefinition withType(String newType) {
        return new SqliteColumnDefinition(name, newType, clauses);
    }

    /** This column with or without {@code NOT NULL}. */
    SqliteColumnDefinition withNullable(boolean nullable) {
        List<String> kept = new ArrayList<>(clauses.stream().filter(c -> !isNullability(c)).toList());
        if (!nullable) {
            kept.addFirst("NOT NULL");
        }
        return new SqliteColumnDefinition(name, type, kept);
    }

    /** This column with {@code DEFAULT sql}, or without a default when {@code sql} is null. */
    SqliteColumnDefinition withDefault(String sql) {
        List<String> kept = new ArrayList<>(clauses.stream().filter(c -> !startsWith(c, "DEFAULT")).toList());
        if (sql != null) {
            kept.add("DEFAULT " + (looksLikeExpression(sql) ? "(" + sql + ")" : sql));
        }
        return new SqliteColumnDefinition(name, type, kept);
    }

    /** The definition as it goes back into {@code CREATE TABLE}. */
    String sql() {
        StringBuilder out = new StringBuilder(name);
        if (!type.isEmpty()) {
            out.append(' ').append(type);
        }
        clauses.forEach(c -> out.append(' ').append(c));
        return out.toString();
    }

    private static boolean isNullability(String clause) {
        String c = clause.toUpperCase(Locale.ROOT);
        // "CONSTRAINT x NOT NULL" too: the name goes with the clause it names
        String bare = c.startsWith("CONSTRAINT ") ? c.replaceFirst("^CONSTRAINT\\s+\\S+\\s+", "") : c;
        return bare.startsWith("NOT NULL") || bare.equals("NULL") || bare.startsWith("NULL ");
    }

    private static boolean startsWith(String clause, String word) {
        return upper(clause).startsWith(word + " ");
    }

    /**
     * A default that is not a literal (a function call, an operation) must be in parentheses in
     * SQLite's grammar; a quoted text, a number, NULL and the CURRENT_ keywords need none.
     */
    private static boolean looksLikeExpression(String sql) {
        String s = sql.strip();
        return !(s.startsWith("'") || s.startsWith("(") || s.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")
                || s.matches("(?i)null|true|false|current_timestamp|current_date|current_time")
                || s.matches("(?i)x'[0-9a-f]*'"));
    }

    private static String upper(String token) {
        return token.toUpperCase(Locale.ROOT);
    }
}
