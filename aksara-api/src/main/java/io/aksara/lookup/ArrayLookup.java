package io.aksara.lookup;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.util.List;

/**
 * The lookups of an array field ({@code io.aksara.kinds.ArrayKind}), PostgreSQL's array
 * operators with the right-hand list bound as one array parameter of the column's type:
 * {@code contains} ({@code @>}: has every element given), {@code contained_by} ({@code <@}: has
 * no element outside those given) and {@code overlap} ({@code &&}: shares at least one element).
 *
 * <pre>{@code
 * Post.objects.filter("tags__contains", List.of("django", "python"));
 * Post.objects.filter("tags__overlap", List.of("java"));
 * }</pre>
 *
 * @param name     the lookup name
 * @param operator the PostgreSQL operator
 */
public record ArrayLookup(String name, String operator) implements Lookup {
    /** The three array lookups, as an array kind returns them. */
    public static final List<Lookup> ALL = List.of(
            new ArrayLookup("contains", "@>"), new ArrayLookup("contained_by", "<@"), new ArrayLookup("overlap", "&&"));

    /** Only through the array kinds: the shared lookups of these names are about text. */
    @Override
    public boolean appliesTo(FieldType type) {
        return false;
    }

    @Override
    public Object prepare(FieldMeta<?, ?> field, Object value) {
        if (!(value instanceof List<?>)) {
            throw FieldError.wrongType(field, "a List for '" + name + "'", value);
        }
        return field.kind().toColumn(field, value);
    }

    @Override
    public String sqlTemplate() {
        return "{0} " + operator + " {1}";
    }
}
