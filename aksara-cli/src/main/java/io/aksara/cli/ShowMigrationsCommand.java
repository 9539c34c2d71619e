package io.aksara.cli;

import io.aksara.schema.migrate.MigrationLock;
import io.aksara.schema.migrate.MigrationStatus;
import java.time.Instant;
import java.util.List;

/** {@code showmigrations}: every migration with [X] when it has run. */
final class ShowMigrationsCommand implements Command {
    @Override
    public String name() {
        return "showmigrations";
    }

    @Override
    public String summary() {
        return "list the migrations, [X] for those that have run";
    }

    @Override
    public String help() {
        return """
                usage: ./aksara showmigrations

                Lists every migration of the migrations directory in order, [X] when it has run on the
                database and [ ] when it has not.
                """;
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        if (!args.positional().isEmpty()) {
            throw new UsageError("showmigrations takes no arguments");
        }
        List<MigrationStatus> status = context.migrations().showmigrations();
        if (status.isEmpty()) {
            context.out().println("(no migrations in " + context.directory() + ")");
        }
        status.forEach(s -> context.out().println(s.line()));
        MigrationLock lock = context.migrations().migrationLock();
        if (lock.locked()) {
            context.out().println("The migration lock is " + lock.describe(Instant.now())
                    + " (./aksara migrate --release-lock releases a lock a killed migrate left behind).");
        }
        return 0;
    }
}
