package io.aksara.schema.lint;

import java.util.List;

/**
 * What the linter found in some migrations.
 *
 * <pre>{@code
 * LintReport report = MigrationLinter.forDatabases(LintDatabase.named(List.of())).lint(Path.of("migrations"), null);
 * if (report.failed()) report.findings().forEach(f -> System.out.print(f.render()));
 * }</pre>
 *
 * @param linted     the migrations looked at, in order
 * @param findings   the unsafe operations nobody accepted: each fails the build
 * @param suppressed findings accepted with {@code # lint-ignore: RULE reason}, with that reason
 * @param warnings   what the linter could not judge (raw SQL, Java migrations) or a suppression it ignored
 */
public record LintReport(List<String> linted, List<Finding> findings, List<Suppressed> suppressed, List<String> warnings) {
    public LintReport {
        linted = List.copyOf(linted);
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        warnings = List.copyOf(warnings);
    }

    /**
     * A finding a migration accepted.
     *
     * @param finding the finding
     * @param reason  the reason its suppression gave
     */
    public record Suppressed(Finding finding, String reason) {}

    /** Whether any finding is left: the build should fail. */
    public boolean failed() {
        return !findings.isEmpty();
    }

    /** The report as the command line prints it. */
    public String render() {
        StringBuilder s = new StringBuilder();
        findings.forEach(f -> s.append(f.render()).append('\n'));
        for (Suppressed x : suppressed) {
            s.append(x.finding().migration()).append(": [").append(x.finding().rule()).append("] on ")
                    .append(x.finding().database().id()).append(" suppressed: ").append(x.reason()).append('\n');
        }
        warnings.forEach(w -> s.append("warning: ").append(w).append('\n'));
        s.append(findings.isEmpty()
                ? "No unsafe operations in " + linted.size() + " migration(s)" + (suppressed.isEmpty() ? "" : " (" + suppressed.size() + " suppressed)") + ".\n"
                : findings.size() + " unsafe operation(s) in " + linted.size() + " migration(s). Write the safe sequence instead, or "
                        + "accept one with a comment in the migration: # lint-ignore: RULE the reason\n");
        return s.toString();
    }
}
