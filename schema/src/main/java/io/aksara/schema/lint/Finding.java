package io.aksara.schema.lint;

import java.util.List;

/**
 * An operation the linter flags as unsafe on a live database, with why and what to run instead.
 *
 * <pre>{@code
 * for (Finding f : report.findings()) System.out.println(f.render());
 * }</pre>
 *
 * @param rule         the rule id ({@code index-locks-writes}); {@code # lint-ignore: RULE reason} suppresses it
 * @param migration    the migration holding the operation
 * @param database     the database the finding is for
 * @param operation    the operation, in words
 * @param why          what goes wrong
 * @param safeSequence the steps to run instead
 */
public record Finding(String rule, String migration, LintDatabase database, String operation, String why,
                      List<SafeStep> safeSequence) {
    public Finding {
        safeSequence = List.copyOf(safeSequence);
    }

    /** The finding as the command line prints it: a header, the reason, then the numbered steps. */
    public String render() {
        StringBuilder s = new StringBuilder();
        s.append(migration).append(": [").append(rule).append("] on ").append(database.id()).append(": ")
                .append(operation).append('\n');
        s.append("  why: ").append(why).append('\n');
        s.append("  safe sequence:\n");
        int n = 1;
        for (SafeStep step : safeSequence) {
            s.append("    ").append(n++).append(". ").append(step.note());
            if (step.outsideTransaction()) {
                s.append(" (outside a transaction: a changeSet of its own with runInTransaction: false)");
            }
            s.append('\n');
            if (step.isSql()) {
                s.append("       ").append(step.sql()).append('\n');
            }
        }
        return s.toString();
    }
}
