package io.aksara;

import io.aksara.internal.Strictness;
import java.util.function.Supplier;

/**
 * Strict mode for a block of code: inside it, touching a relation that was not loaded with its
 * rows ({@code book.author.get()} without {@code selectRelated}, {@code author.books().all()}
 * without {@code prefetchRelated}) raises {@link io.aksara.errors.RelationNotLoaded} instead of
 * running one query per row. For one QuerySet only, use {@link QuerySet#strict()}.
 *
 * <pre>{@code
 * Strict.run(() -> {
 *     for (Book b : Book.objects.selectRelated("author").fetch()) {
 *         render(b.title, b.author.get().name);   // loaded by the join: no query, no error
 *     }
 * });
 * }</pre>
 */
public final class Strict {
    private Strict() {}

    /** Runs the block in strict mode. */
    public static void run(Runnable block) {
        ScopedValue.where(Strictness.SCOPE, true).run(block);
    }

    /** Runs the block in strict mode and returns its result. */
    public static <V> V call(Supplier<V> block) {
        return ScopedValue.where(Strictness.SCOPE, true).call(block::get);
    }

    /** Whether the current code runs inside {@link #run} or {@link #call}. */
    public static boolean isActive() {
        return Strictness.SCOPE.isBound() && Strictness.SCOPE.get();
    }
}
