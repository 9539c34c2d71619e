package io.aksara.jooq.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.Name;
import org.jooq.impl.DSL;

/**
 * Table, column, index and constraint names as jOOQ {@link Name}s. A plain lower-case name is rendered
 * unquoted, which every supported database reads the same way, except names that are reserved words
 * in one of them ({@code order}, {@code user}, {@code day}, ...): those are quoted wherever they
 * appear, as is every other name (a legacy {@code unit price}). A name
 * with capitals ({@code @Meta(table = "Album")}) is quoted and keeps its case, since PostgreSQL
 * folds unquoted names to lower case and MariaDB on Linux compares table names with their case;
 * Liquibase creates such a name quoted too, so migrations and queries agree. Names come only from
 * model metadata, never from query input.
 */
public final class Identifiers {
    /** Reserved in PostgreSQL, MySQL/MariaDB or H2 (the union, so a model works on all of them). */
    private static final Set<String> RESERVED = Set.of(
            "accessible", "add", "all", "alter", "analyse", "analyze", "and", "any", "array", "as", "asc",
            "asensitive", "asymmetric", "authorization", "before", "between", "bigint", "binary", "blob", "both",
            "by", "call", "cascade", "case", "cast", "change", "char", "character", "check", "collate", "column",
            "concurrently", "condition", "constraint", "continue", "convert", "create", "cross", "current_catalog",
            "current_date", "current_path", "current_role", "current_schema", "current_time", "current_timestamp",
            "current_user", "cursor", "database", "databases", "day", "day_hour", "day_microsecond", "day_minute",
            "day_second", "dec", "decimal", "declare", "default", "deferrable", "delayed", "delete", "desc",
            "describe", "deterministic", "distinct", "distinctrow", "div", "do", "double", "drop", "dual", "each",
            "else", "elseif", "enclosed", "end", "escaped", "except", "exists", "exit", "explain", "false", "fetch",
            "float", "for", "force", "foreign", "freeze", "from", "full", "fulltext", "function", "grant", "group",
            "groups", "having", "high_priority", "hour", "hour_microsecond", "hour_minute", "hour_second", "if",
            "ignore", "ilike", "in", "index", "infile", "initially", "inner", "inout", "insensitive", "insert", "int",
            "integer", "intersect", "interval", "into", "is", "isnull", "iterate", "join", "key", "keys", "kill",
            "lateral", "leading", "leave", "left", "like", "limit", "linear", "lines", "load", "localtime",
            "localtimestamp", "lock", "long", "loop", "low_priority", "match", "minus", "minute", "mod", "month",
            "natural", "not", "notnull", "null", "numeric", "offset", "on", "only", "optimize", "option",
            "optionally", "or", "order", "out", "outer", "over", "partition", "placing", "precision", "primary",
            "procedure", "purge", "qualify", "range", "read", "real", "references", "regexp", "release", "rename",
            "repeat", "replace", "require", "restrict", "return", "returning", "revoke", "right", "rlike", "row",
            "rownum", "rows", "schema", "schemas", "second", "select", "sensitive", "separator", "session_user", "set",
            "show", "similar", "smallint", "some", "spatial", "specific", "sql", "sqlexception", "sqlstate",
            "sqlwarning", "ssl", "starting", "straight_join", "symmetric", "system_user", "table", "terminated",
            "then", "time", "timestamp", "to", "top", "trailing", "trigger", "true", "uescape", "undo", "union",
            "unique", "unknown", "unlock", "unsigned", "update", "usage", "use", "user", "using", "utc_date",
            "utc_time", "utc_timestamp", "value", "values", "varchar", "variadic", "verbose", "when", "where",
            "while", "window", "with", "write", "xor", "year", "year_month", "zerofill", "_rowid_");

    /**
     * A name every supported database reads the same way without quotes, unless it is reserved. A
     * {@code $} is quoted: Liquibase quotes every name with a non-word character, and on H2 a quoted
     * lower-case name is not the unquoted one.
     */
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    private Identifiers() {}

    /**
     * One name part: plain when it is a lower-case identifier that no supported database reserves,
     * quoted otherwise (capitals, spaces, any other character). jOOQ doubles a quote character
     * inside a quoted name, and model metadata refuses quotes, semicolons and comments in names
     * before they get here ({@link io.aksara.meta.SqlNames}), so no name can end its quotes.
     */
    public static Name of(String identifier) {
        return isPlain(identifier) ? DSL.unquotedName(identifier) : DSL.quotedName(identifier);
    }

    /** Whether a name goes into SQL without quotes: lower-case letters, digits and {@code _}, not reserved. */
    public static boolean isPlain(String identifier) {
        return PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier);
    }

    /** Whether a name has capitals, so it names a different table than its lower case on some database. */
    public static boolean hasCapitals(String identifier) {
        return !identifier.equals(identifier.toLowerCase(Locale.ROOT));
    }

    /** A qualified name, {@code table.column}. */
    public static Name of(String table, String column) {
        return DSL.name(of(table), of(column));
    }

    /** Whether a name is reserved in some supported database. */
    public static boolean isReserved(String identifier) {
        return RESERVED.contains(identifier.toLowerCase(Locale.ROOT));
    }
}
