package io.aksara.schema.lint;

import java.util.List;

/**
 * What a rule says about one change on one database: why it is unsafe and the sequence to run instead.
 *
 * @param why          what goes wrong on a live database (locks, rewrites, failing instances)
 * @param safeSequence the steps that reach the same schema without it
 */
public record Advice(String why, List<SafeStep> safeSequence) {
    public Advice {
        safeSequence = List.copyOf(safeSequence);
    }
}
