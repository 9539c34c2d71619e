package io.aksara.it.kinds;

import io.aksara.errors.FieldError;
import io.aksara.jooq.types.DeclaresSqlType;
import io.aksara.jooq.types.SqlType;
import io.aksara.kinds.CodecKind;
import io.aksara.kinds.TextKind;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldMeta;
import java.util.Arrays;
import java.util.List;

/**
 * {@link Tags} stored as text with a comma around each tag, so one tag is found with a LIKE of
 * {@code %,tag,%}. Its own {@code contains} ({@link TagContains}) means "has this tag", where a
 * text field's {@code contains} means "has this text"; its own transform {@code count}
 * ({@link TagCount}) is the number of tags. Its column is the SQL type it declares
 * ({@link TagsColumn}), not its stored kind's unbounded text.
 */
public final class TagsKind extends CodecKind<Tags, String> implements DeclaresSqlType {
    public TagsKind() {
        super(Tags.class, TextKind.class);
    }

    @Override
    protected String toStored(Tags value) {
        return "," + String.join(",", value.names()) + ",";
    }

    @Override
    protected Tags fromStored(String stored) {
        String inner = stored.length() <= 2 ? "" : stored.substring(1, stored.length() - 1);
        return new Tags(inner.isEmpty() ? List.of() : Arrays.asList(inner.split(",")));
    }

    @Override
    public Object toAttribute(FieldMeta<?, ?> field, Object value) {
        Tags tags = (Tags) super.toAttribute(field, value);
        tags.names().forEach(tag -> check(field, tag));
        int stored = toStored(tags).length();
        if (stored > TagsColumn.LENGTH) {
            throw new FieldError(field.qualifiedName() + ": the tags take " + stored + " characters stored, more than the "
                    + TagsColumn.LENGTH + " of the column");
        }
        return tags;
    }

    @Override
    public SqlType sqlType() {
        return new TagsColumn();
    }

    @Override
    public List<Lookup> lookups() {
        return List.of(new TagContains());
    }

    @Override
    public List<Transform> transforms() {
        return List.of(new TagCount());
    }

    /** A tag is a non-empty word: a comma would split it, and LIKE's wildcards would widen a search. */
    static String check(FieldMeta<?, ?> field, String tag) {
        if (tag.isEmpty() || tag.chars().anyMatch(c -> c == ',' || c == '%' || c == '_' || c == '\\' || c == '!')) {
            throw new FieldError(field.qualifiedName() + ": a tag is non-empty text without , % _ \\ or !, got '"
                    + tag + "'");
        }
        return tag;
    }
}
