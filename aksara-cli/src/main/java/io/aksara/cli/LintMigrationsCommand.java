package io.aksara.cli;

import io.aksara.schema.lint.LintDatabase;
import io.aksara.schema.lint.LintReport;
import io.aksara.schema.lint.MigrationLinter;
import java.util.Set;

/**
 * {@code lintmigrations}: flags migration operations that are unsafe on a live database and prints
 * the safe sequence for each; exit code 1 while any finding is not suppressed.
 */
final class LintMigrationsCommand implements Command {
    @Override
    public String name() {
        return "lintmigrations";
    }

    @Override
    public String summary() {
        return "flag operations unsafe on a live database, with the safe sequence";
    }

    @Override
    public boolean needsDatabase() {
        return false; // reads migration files only
    }

    @Override
    public String help() {
        return """
                usage: ./aksara lintmigrations [--database postgresql|mariadb]... [--after MIGRATION]

                Reads the migrations and flags each operation that is unsafe on a live database with rows
                and traffic: a NOT NULL column without a default, an index built without CONCURRENTLY
                (PostgreSQL), a foreign key that locks both tables or copies one, SET NOT NULL that scans the
                table, a type change that rewrites it, a volatile default, a dropped or renamed column or table.
                Each finding names its rule, the operation, why it is unsafe and the safe sequence to run
                instead. Operations on a table created in the same migration are never flagged.

                Exit code 1 while any finding is left. To accept one, add a comment with the rule and
                the reason to the migration file (Liquibase ignores comments, so checksums stay):
                  # lint-ignore: index-locks-writes products holds 300 rows

                  --database NAME    lint for postgresql or mariadb (mysql: as mariadb); repeat or separate
                                     with commas; default: both
                  --after MIGRATION  only the migrations after this one (its name or number), typically the
                                     last one deployed

                examples:
                  ./aksara lintmigrations --database postgresql
                  ./aksara lintmigrations --after 0004
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("--database", "--after");
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        if (!args.positional().isEmpty()) {
            throw new UsageError("lintmigrations takes no arguments, found: " + String.join(" ", args.positional()));
        }
        LintReport report = MigrationLinter.forDatabases(databases(args)).lint(context.directory(), args.value("--after"));
        context.out().print(report.render());
        return report.failed() ? 1 : 0;
    }

    /** The databases of {@code --database}, both when it is not given. */
    static Set<LintDatabase> databases(Arguments args) {
        try {
            return LintDatabase.named(args.values("--database"));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
