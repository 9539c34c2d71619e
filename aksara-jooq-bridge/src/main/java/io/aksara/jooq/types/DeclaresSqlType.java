package io.aksara.jooq.types;

/**
 * A field kind that declares its own SQL type: the bridge, the schema editor and makemigrations
 * read {@link #sqlType()} instead of the built-in column type the kind reports for lookups.
 *
 * <pre>{@code
 * public final class TagsKind extends CodecKind<Tags, String> implements DeclaresSqlType {
 *     public TagsKind() { super(Tags.class, TextKind.class); }
 *     public SqlType sqlType() { return new TagsColumn(); }
 *     ...
 * }
 * }</pre>
 */
public interface DeclaresSqlType {
    /** The SQL type of this kind's columns; asked once per kind. */
    SqlType sqlType();
}
