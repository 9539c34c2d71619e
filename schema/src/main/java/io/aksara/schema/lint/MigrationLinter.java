package io.aksara.schema.lint;

import io.aksara.schema.MigrationError;
import io.aksara.schema.changelog.ChangeOperations;
import io.aksara.schema.changelog.ChangelogReader;
import io.aksara.schema.changelog.MigrationFiles;
import io.aksara.schema.diff.Operation;
import io.aksara.schema.state.ModelState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flags migration operations that are unsafe on a live database with rows and traffic (locks that
 * stop writes, table rewrites, statements that fail on a table with rows, renames and drops that
 * break the instances of the previous release) and gives the safe sequence for each, per database.
 * Tables created earlier in the same migration are empty, so operations on them are never flagged.
 *
 * <pre>{@code
 * LintReport report = MigrationLinter.forDatabases(EnumSet.of(LintDatabase.POSTGRESQL))
 *         .lint(Path.of("migrations"), "0004_add_orders_note");   // only the migrations after 0004
 * System.out.print(report.render());
 * }</pre>
 */
public final class MigrationLinter {
    private final Set<LintDatabase> databases;
    private final List<LintRule> rules;

    private MigrationLinter(Set<LintDatabase> databases, List<LintRule> rules) {
        if (databases.isEmpty()) {
            throw new IllegalArgumentException("The migration linter needs at least one database: postgresql, mariadb");
        }
        this.databases = EnumSet.copyOf(databases);
        this.rules = List.copyOf(rules);
    }

    /** A linter with the standard rules for these databases. */
    public static MigrationLinter forDatabases(Set<LintDatabase> databases) {
        return new MigrationLinter(databases, LintRules.standard());
    }

    /** The same linter with other rules (for rules of your own, or a subset). */
    public MigrationLinter withRules(List<LintRule> newRules) {
        return new MigrationLinter(databases, newRules);
    }

    /**
     * Lints the migrations of a directory: all of them, or with {@code after} (a migration's name
     * or number) only the ones after it, typically the last one deployed.
     *
     * @throws MigrationError when {@code after} names no migration of the directory
     */
    public LintReport lint(Path directory, String after) {
        MigrationFiles files = new MigrationFiles(directory);
        List<String> names = files.names();
        Set<String> wanted = new HashSet<>(after == null ? names : names.subList(names.indexOf(resolve(after, names)) + 1, names.size()));
        Map<String, List<Finding>> byMigration = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Set<String>> newTables = new LinkedHashMap<>();
        Map<String, ModelState> startStates = new LinkedHashMap<>();
        ChangelogReader.walk(files, (migration, kind, change, before) -> {
            if (!wanted.contains(migration)) {
                return;
            }
            byMigration.computeIfAbsent(migration, m -> new ArrayList<>());
            ModelState start = startStates.computeIfAbsent(migration, m -> before);
            Set<String> created = newTables.computeIfAbsent(migration, m -> new HashSet<>());
            switch (kind) {
                case "createTable" -> created.add(String.valueOf(change.get("tableName")));
                case "sql", "sqlFile", "customChange" -> warnings.add(migration + ": a " + kind
                        + " change is not checked: review its locks by hand");
                default -> {
                    List<Operation> operations;
                    try {
                        operations = ChangeOperations.of(kind, change, before);
                    } catch (RuntimeException e) {
                        return; // the replay itself reports the broken change
                    }
                    for (Operation op : operations) {
                        byMigration.get(migration).addAll(check(new LintedChange(migration, op, start, created, change)));
                    }
                }
            }
        });
        List<Finding> findings = new ArrayList<>();
        List<LintReport.Suppressed> suppressed = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byMigration.entrySet()) {
            applySuppressions(e.getValue(), Suppression.in(files.file(e.getKey())), e.getKey(), findings, suppressed, warnings);
        }
        return new LintReport(names.stream().filter(wanted::contains).toList(), findings, suppressed, warnings);
    }

    /**
     * Lints operations about to become a migration (as {@code makemigrations --lint} does), given
     * the state the existing migrations build.
     */
    public LintReport lint(String migration, List<Operation> operations, ModelState before) {
        Set<String> created = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (Operation op : operations) {
            if (op instanceof Operation.CreateTable c) {
                created.add(c.table());
            }
            findings.addAll(check(new LintedChange(migration, op, before, created, Map.of())));
        }
        return new LintReport(List.of(migration), findings, List.of(), List.of());
    }

    private List<Finding> check(LintedChange change) {
        List<Finding> out = new ArrayList<>();
        for (LintDatabase database : databases) {
            for (LintRule rule : rules) {
                rule.check(change, database).ifPresent(advice -> out.add(new Finding(rule.id(), change.migration(), database,
                        OperationText.of(change.operation()), advice.why(), advice.safeSequence())));
            }
        }
        return out;
    }

    private void applySuppressions(List<Finding> found, List<Suppression> suppressions, String migration, List<Finding> findings,
                                   List<LintReport.Suppressed> suppressed, List<String> warnings) {
        Set<String> known = new HashSet<>(rules.stream().map(LintRule::id).toList());
        for (Suppression s : suppressions) {
            if (!known.contains(s.rule())) {
                warnings.add(migration + ": lint-ignore names no rule '" + s.rule() + "'; the rules: " + String.join(", ", known.stream().sorted().toList()));
            } else if (!s.hasReason()) {
                warnings.add(migration + ": lint-ignore: " + s.rule() + " gives no reason, so it suppresses nothing: "
                        + "write why the operation is safe here after the rule id");
            }
        }
        for (Finding f : found) {
            Suppression match = suppressions.stream().filter(s -> s.rule().equals(f.rule()) && s.hasReason()).findFirst().orElse(null);
            if (match == null) {
                findings.add(f);
            } else {
                suppressed.add(new LintReport.Suppressed(f, match.reason()));
            }
        }
    }

    private static String resolve(String name, List<String> names) {
        for (String n : names) {
            if (n.equals(name) || n.startsWith(name + "_")) {
                return n;
            }
        }
        throw new MigrationError("No migration " + name + " to lint after; the migrations: "
                + (names.isEmpty() ? "none" : String.join(", ", names)));
    }
}
