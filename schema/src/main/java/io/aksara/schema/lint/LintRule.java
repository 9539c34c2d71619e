package io.aksara.schema.lint;

import java.util.Optional;

/**
 * One check of the migration linter: an id (used to suppress it), and for a change on a database
 * either nothing (safe there) or {@link Advice}.
 *
 * <pre>{@code
 * LintRule rule = new IndexRule();
 * rule.check(change, LintDatabase.POSTGRESQL).ifPresent(a -> System.out.println(a.why()));
 * }</pre>
 */
public interface LintRule {
    /** The id findings carry and suppressions name ({@code index-locks-writes}). */
    String id();

    /** The advice for this change on this database, or empty when it is safe there. */
    Optional<Advice> check(LintedChange change, LintDatabase database);
}
