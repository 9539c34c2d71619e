package io.aksara;

import io.aksara.errors.FieldError;
import io.aksara.internal.Async;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reading results too large for memory: a {@link java.util.stream.Stream} fed by an open
 * database cursor, chunk by chunk. Implemented by {@link QuerySet}; kept apart so each file has
 * one job.
 *
 * <pre>{@code
 * try (Stream<Product> all = Product.objects.all().iterate(500)) {
 *     all.forEach(exporter::write);
 * }
 * }</pre>
 *
 * @param <T> the model
 */
public interface Streaming<T extends Model> {
    /** The chunk size of {@link #stream()}: rows fetched per round trip (Django's iterator default). */
    int DEFAULT_CHUNK_SIZE = 2000;

    /**
     * The rows as a stream read from an open database cursor, {@value #DEFAULT_CHUNK_SIZE} at a
     * time, so a result larger than memory can be processed; see {@link #iterate(int)}.
     *
     * <pre>{@code
     * try (Stream<Product> rows = Product.objects.orderBy("id").stream()) {
     *     rows.forEach(exporter::write);
     * }
     * }</pre>
     */
    default Stream<T> stream() {
        return iterate(DEFAULT_CHUNK_SIZE);
    }

    /**
     * The rows as a stream read from an open database cursor, {@code chunkSize} rows per round
     * trip (Django's {@code iterator(chunk_size)}): only the current chunk is in memory. The
     * stream holds a pooled connection until it is closed, so use try-with-resources; a stream
     * read to its end gives the connection back by itself. The rows are those of one query, in
     * its order; nothing is cached.
     *
     * <ul>
     *   <li>PostgreSQL: a server-side cursor (the fetch size, in a transaction of its own outside
     *       atomic).</li>
     *   <li>MySQL Connector/J ({@code jdbc:mysql:}): rows stream one by one whatever the chunk size.
     *       While the stream is open, the connection cannot run anything else, so inside an atomic
     *       block finish (or close) the stream before the next statement.</li>
     *   <li>MariaDB driver ({@code jdbc:mariadb:}) and H2: the fetch size.</li>
     * </ul>
     *
     * <pre>{@code
     * try (Stream<User> users = User.objects.filter("isActive", true).iterate(500)) {
     *     users.map(u -> u.email).forEach(mailer::send);
     * }
     * }</pre>
     */
    Stream<T> iterate(int chunkSize);

    /**
     * Streams the rows ({@link #iterate(int)}) on a virtual thread, handing each to {@code action},
     * and closes the stream; completes with the number of rows.
     *
     * <pre>{@code CompletableFuture<Long> n = User.objects.all().iterateAsync(500, exporter::write); }</pre>
     */
    default CompletableFuture<Long> iterateAsync(int chunkSize, Consumer<? super T> action) {
        if (chunkSize <= 0) {
            throw new FieldError("iterate() chunkSize must be positive, got " + chunkSize);
        }
        if (action == null) {
            throw new FieldError("iterateAsync() needs an action for each row, got null");
        }
        return Async.supply(() -> {
            long n = 0;
            try (Stream<T> rows = iterate(chunkSize)) {
                Iterator<T> it = rows.iterator();
                while (it.hasNext()) {
                    action.accept(it.next());
                    n++;
                }
            }
            return n;
        });
    }
}
