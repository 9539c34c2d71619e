package io.aksara;

import io.aksara.internal.Async;
import io.aksara.internal.Routing;
import io.aksara.meta.ModelMeta;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * SQL written by hand whose rows become model instances (Django's {@code RawQuerySet}), from
 * {@link Manager#raw}. Lazy and immutable: nothing runs until {@link #fetch()}. The values are
 * bound parameters ({@code ?}), never pasted into the text.
 *
 * <p>Columns are matched to fields by column name ({@code pub_date}, not {@code pubDate}): the
 * primary key column is required, fields whose column is missing are deferred (loaded on first
 * access, as after {@code only()}), and any other column is an annotation
 * ({@code model.annotation("n", Long.class)}).
 *
 * <pre>{@code
 * List<Article> recent = Article.objects.raw(
 *         "SELECT id, headline, pub_date FROM articles WHERE pub_date > ? ORDER BY pub_date DESC", since).fetch();
 * List<Author> counted = Author.objects.raw(
 *         "SELECT a.*, (SELECT count(*) FROM books b WHERE b.author_id = a.id) AS n FROM authors a").fetch();
 * long n = counted.getFirst().annotation("n", Long.class);
 * }</pre>
 *
 * @param <T> the model the rows become
 */
public final class RawQuery<T extends Model> {
    private final ModelMeta<T> meta;
    private final String sql;
    private final List<Object> params;
    private final String database;

    RawQuery(ModelMeta<T> meta, String sql, Object[] params, String database) {
        this.meta = meta;
        this.sql = Objects.requireNonNull(sql, "sql");
        this.params = Collections.unmodifiableList(Arrays.asList(params.clone())); // nulls allowed: bound as NULL
        this.database = database;
    }

    /** The same SQL on another configured database. */
    public RawQuery<T> using(String alias) {
        return new RawQuery<>(meta, sql, params.toArray(), alias);
    }

    /** Runs the SQL and maps every row. */
    public List<T> fetch() {
        return Aksara.backend(Routing.forRead(database, meta.type())).raw(meta, sql, params);
    }

    /** {@link #fetch()} on a virtual thread. */
    public CompletableFuture<List<T>> fetchAsync() {
        return Async.supply(this::fetch);
    }

    /** The SQL, as given. */
    public String sql() {
        return sql;
    }

    @Override
    public String toString() {
        return "RawQuery<" + meta.name() + ">(" + sql + ", " + params + ")";
    }
}
