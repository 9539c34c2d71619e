package io.aksara.cli;

import io.aksara.schema.diff.Operation;
import io.aksara.schema.lint.LintReport;
import io.aksara.schema.lint.MigrationLinter;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.MakeMigrationsResult;
import java.util.Set;

/** {@code makemigrations}: writes the next migration from the difference between models and migrations. */
final class MakeMigrationsCommand implements Command {
    @Override
    public String name() {
        return "makemigrations";
    }

    @Override
    public String summary() {
        return "write the next migration from the changes in the models";
    }

    @Override
    public boolean needsDatabase() {
        return false; // compares models with migration files only
    }

    @Override
    public String help() {
        return """
                usage: ./aksara makemigrations [--name NAME] [--empty] [--dry-run] [--check] [--rename]
                                               [--default TABLE.COLUMN=VALUE]...
                                               [--lint [--database postgresql|mariadb]...]

                Compares the models (found through the model index on the classpath) with the state the
                existing migrations build, and writes the next numbered migration (0002_add_products_stock.yaml)
                plus the master changelog.yaml into the migrations directory.

                  --name NAME        name the migration 0002_NAME instead of naming it after its changes
                  --empty            write an empty migration to fill in (SQL or Java data migrations)
                  --dry-run          print the migration instead of writing it
                  --check            write nothing; exit with 1 when the models have changes without a migration
                  --rename           treat a removed and an added column (or table) with the same definition as a
                                     rename; without it such pairs are dropped and added, and listed as possible renames
                  --default T.C=V    the value for existing rows when column C of table T is added (or becomes)
                                     NOT NULL without a default; the column keeps no default afterwards
                  --lint             also lint the new migration as ./aksara lintmigrations does: print each
                                     operation unsafe on a live database with its safe sequence, and exit
                                     with 1 when there is one (the migration is written all the same)
                  --database NAME    with --lint: postgresql or mariadb (repeat or comma-separate; default: both)

                examples:
                  ./aksara makemigrations
                  ./aksara makemigrations --check                 # in CI: fails when a migration is missing
                  ./aksara makemigrations --default products.stock=0
                  ./aksara makemigrations --lint --database postgresql
                """;
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        if (!args.positional().isEmpty()) {
            throw new UsageError("makemigrations takes no arguments, found: " + String.join(" ", args.positional()));
        }
        MakeMigrationsOptions options = MakeMigrationsOptions.defaults();
        if (args.value("--name") != null) {
            options = options.withName(args.value("--name"));
        }
        if (args.flag("--empty")) {
            options = options.asEmpty();
        }
        if (args.flag("--dry-run")) {
            options = options.asDryRun();
        }
        if (args.flag("--check")) {
            options = options.asCheck();
        }
        if (args.flag("--rename")) {
            options = options.withRenames();
        }
        for (String d : args.values("--default")) {
            int eq = d.indexOf('=');
            if (eq <= 0 || d.indexOf('.') <= 0 || d.indexOf('.') > eq) {
                throw new UsageError("--default wants TABLE.COLUMN=VALUE, found: " + d);
            }
            options = options.withOneOffDefault(d.substring(0, eq), d.substring(eq + 1));
        }
        if (!args.values("--database").isEmpty() && !args.flag("--lint")) {
            throw new UsageError("--database only says what --lint checks for; add --lint");
        }
        MigrationLinter linter = args.flag("--lint") ? MigrationLinter.forDatabases(LintMigrationsCommand.databases(args)) : null;
        io.aksara.schema.state.ModelState before = linter == null ? null : context.migrations().migrationState();
        MakeMigrationsResult result = context.migrations().makemigrations(options);
        for (String rename : result.possibleRenames()) {
            context.out().println("Possible rename: " + rename + " (run with --rename to rename instead of drop and add)");
        }
        if (!result.changesDetected() && !args.flag("--empty")) {
            context.out().println("No changes detected.");
            return 0;
        }
        int lint = linter == null ? 0 : lint(context, linter.lint(result.name(), result.operations(), before));
        if (args.flag("--check")) {
            context.out().println("Models have changes without a migration (" + result.name() + "):");
            printOperations(context, result);
            return 1;
        }
        if (args.flag("--dry-run")) {
            context.out().println("Would write " + context.directory().resolve(result.name() + ".yaml") + ":");
            context.out().print(result.yaml());
            return lint;
        }
        context.out().println("Wrote " + result.file());
        printOperations(context, result);
        return lint;
    }

    private static int lint(CommandContext context, LintReport report) {
        context.out().print(report.render());
        return report.failed() ? 1 : 0;
    }

    private static void printOperations(CommandContext context, MakeMigrationsResult result) {
        for (Operation op : result.operations()) {
            context.out().println("  - " + op.nameHint());
        }
    }

    @Override
    public Set<String> flags() {
        return Set.of("--empty", "--dry-run", "--check", "--rename", "--lint");
    }

    @Override
    public Set<String> options() {
        return Set.of("--name", "--default", "--database");
    }
}
