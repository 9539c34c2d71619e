package io.aksara.metamodel;

import io.aksara.Model;
import io.aksara.Q;
import java.util.List;

/**
 * A to-many relation: the reverse side of a foreign key ({@code Author → books}) or either side of
 * a many-to-many relation ({@code Article_.tags}, generated for each {@code @ManyToMany} field).
 * Conditions through it hold when some related row matches, and never repeat the parent.
 *
 * <pre>{@code
 * ManyPath<Author, Book> books = ManyPath.of("books");
 * Author.objects.filter(books.then(Book_.title).icontains("java"));
 * Author.objects.filter(books.isEmpty());
 * }</pre>
 *
 * @param <M> the model the path starts from
 * @param <R> the related model
 */
public final class ManyPath<M extends Model, R extends Model> {
    private final String name;

    public ManyPath(String name) {
        this.name = name;
    }

    /** The reverse relation with this name (the foreign key's {@code relatedName}). */
    public static <M extends Model, R extends Model> ManyPath<M, R> of(String relatedName) {
        return new ManyPath<>(relatedName);
    }

    public String name() {
        return name;
    }

    /** No related row exists. */
    public Q isEmpty() {
        return new Q.Leaf(List.of(name, "isnull"), true);
    }

    /** At least one related row exists. */
    public Q isNotEmpty() {
        return new Q.Leaf(List.of(name, "isnull"), false);
    }

    /** Some related row is this one. */
    public Q contains(R related) {
        return new Q.Leaf(List.of(name, "exact"), related);
    }

    public StringPath<M> then(StringPath<R> field) { return new StringPath<>(join(field)); }

    public <V extends Number> NumberPath<M, V> then(NumberPath<R, V> field) { return new NumberPath<>(join(field)); }

    public BooleanPath<M> then(BooleanPath<R> field) { return new BooleanPath<>(join(field)); }

    public <V> ComparablePath<M, V> then(ComparablePath<R, V> field) { return new ComparablePath<>(join(field)); }

    public <S extends Model> RefPath<M, S> then(RefPath<R, S> field) { return new RefPath<>(join(field)); }

    /** Another to-many step: {@code publishers.then(authors).then(books)}. */
    public <S extends Model> ManyPath<M, S> then(ManyPath<R, S> next) { return new ManyPath<>(name + "__" + next.name()); }

    private String join(FieldPath<R, ?> field) {
        return name + "__" + field.name();
    }

    @Override
    public String toString() {
        return name;
    }
}
