package io.aksara.internal;

import io.aksara.Transaction;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs work inside one atomic block per database, all open at once: the last alias's block is
 * the innermost and commits first, the first alias's block commits last. A failure before the
 * commits rolls every block back; only a failing commit can leave the databases whose blocks
 * already committed written (there is no two-phase commit).
 */
public final class AcrossDatabases {
    private AcrossDatabases() {}

    public static <R> R atomic(List<String> aliases, Supplier<R> work) {
        if (aliases.isEmpty()) {
            return work.get();
        }
        List<String> inner = aliases.subList(1, aliases.size());
        return Transaction.using(aliases.getFirst()).atomic(() -> atomic(inner, work));
    }
}
