package io.aksara.cli;

import io.aksara.schema.migrate.MigrateResult;

/** {@code migrate [TARGET | zero]}: runs the migrations forwards, or back to a named one. */
final class MigrateCommand implements Command {
    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public String summary() {
        return "apply the migrations, or roll back to a named one (or zero)";
    }

    @Override
    public String help() {
        return """
                usage: ./aksara migrate [TARGET | zero]

                Without TARGET, runs every migration that has not run yet. With a migration name (or its
                number, 0002) moves the database to just after that migration, rolling back later ones;
                'zero' rolls back every migration. Liquibase records what ran in DATABASECHANGELOG, holds
                DATABASECHANGELOGLOCK while it works (a second migrate waits), and refuses a migration that
                was edited after it ran.

                examples:
                  ./aksara migrate
                  ./aksara migrate 0001_initial
                  ./aksara migrate zero
                """;
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        if (args.positional().size() > 1) {
            throw new UsageError("migrate takes at most one target, found: " + String.join(" ", args.positional()));
        }
        String target = args.positional().isEmpty() ? null : args.positional().getFirst();
        MigrateResult result = context.migrations().migrate(target);
        if (result.nothingToDo()) {
            context.out().println("No migrations to apply or roll back.");
        }
        result.rolledBack().forEach(m -> context.out().println("Rolled back " + m));
        result.applied().forEach(m -> context.out().println("Applied " + m));
        return 0;
    }
}
