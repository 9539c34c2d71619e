package io.aksara.cli;

/** {@code sqlmigrate NAME}: the SQL of one migration for the configured database, not run. */
final class SqlMigrateCommand implements Command {
    @Override
    public String name() {
        return "sqlmigrate";
    }

    @Override
    public String summary() {
        return "print the SQL of a migration for the configured database";
    }

    @Override
    public String help() {
        return """
                usage: ./aksara sqlmigrate NAME

                Prints the SQL the migration NAME (or its number, 0002) runs on the configured database,
                in that database's dialect, without running it. Java data migrations show as a comment.
                """;
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        if (args.positional().size() != 1) {
            throw new UsageError("sqlmigrate needs one migration name");
        }
        context.out().print(context.migrations().sqlmigrate(args.positional().getFirst()));
        return 0;
    }
}
