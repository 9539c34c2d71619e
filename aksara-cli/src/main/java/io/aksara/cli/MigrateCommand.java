package io.aksara.cli;

import io.aksara.schema.migrate.FakeMode;
import io.aksara.schema.migrate.LockPolicy;
import io.aksara.schema.migrate.MigrateResult;
import io.aksara.schema.migrate.MigrationLock;
import io.aksara.schema.migrations.Migrations;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

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
                usage: ./aksara migrate [TARGET | zero] [--fake | --fake-initial] [--lock-wait SECONDS] [--stale-after SECONDS]
                       ./aksara migrate --release-lock [--force] [--stale-after SECONDS]

                Without TARGET, runs every migration that has not run yet. With a migration name (or its
                number, 0002) moves the database to just after that migration, rolling back later ones;
                'zero' rolls back every migration. Liquibase records what ran in DATABASECHANGELOG, holds
                DATABASECHANGELOGLOCK while it works, and refuses a migration that was edited after it ran.

                When another migrate holds the lock, migrate says at once who holds it and since when. It
                waits for a fresh lock (30 s, --lock-wait), and fails at once on a stale one (held longer
                than 10 minutes, --stale-after): the leftover of a killed migrate.

                  --fake             record the migrations up to TARGET as applied (and later ones as not)
                                     without running them: the history is made to match the schema
                  --fake-initial     adopting a database made before its migrations: record the first
                                     migrations as applied when every table they create exists already,
                                     then run the rest
                  --release-lock     release the lock a killed migrate left behind, then exit; a lock
                                     younger than --stale-after is released only with --force
                  --force            release even a fresh lock (make sure no migrate is running)
                  --lock-wait S      how long to wait for a lock held by someone else (default 30)
                  --stale-after S    a lock held longer than this is stale (default 600)

                examples:
                  ./aksara migrate
                  ./aksara migrate 0001_initial
                  ./aksara migrate zero
                  ./aksara migrate --fake-initial     # a legacy database: baseline, then the new migrations
                  ./aksara migrate --release-lock
                """;
    }

    @Override
    public Set<String> flags() {
        return Set.of("--release-lock", "--force", "--fake", "--fake-initial");
    }

    @Override
    public Set<String> options() {
        return Set.of("--lock-wait", "--stale-after");
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        if (args.positional().size() > 1) {
            throw new UsageError("migrate takes at most one target, found: " + String.join(" ", args.positional()));
        }
        LockPolicy policy = LockPolicy.DEFAULT;
        if (args.value("--lock-wait") != null) {
            policy = policy.withWaitFor(seconds(args, "--lock-wait"));
        }
        if (args.value("--stale-after") != null) {
            policy = policy.withStaleAfter(seconds(args, "--stale-after"));
        }
        Migrations migrations = context.migrations().lockPolicy(policy);
        if (args.flag("--release-lock")) {
            if (!args.positional().isEmpty()) {
                throw new UsageError("--release-lock takes no target");
            }
            MigrationLock released = migrations.releaseLock(args.flag("--force"));
            context.out().println(released.locked() ? "Released the migration lock, which was " + released.describe(Instant.now()) + "."
                    : "The migration lock is not held; nothing to release.");
            return 0;
        }
        if (args.flag("--force")) {
            throw new UsageError("--force goes with --release-lock");
        }
        if (args.flag("--fake") && args.flag("--fake-initial")) {
            throw new UsageError("--fake and --fake-initial exclude each other");
        }
        FakeMode mode = args.flag("--fake") ? FakeMode.FAKE : args.flag("--fake-initial") ? FakeMode.FAKE_INITIAL : FakeMode.NONE;
        String target = args.positional().isEmpty() ? null : args.positional().getFirst();
        MigrateResult result = migrations.migrate(target, mode);
        if (result.nothingToDo()) {
            context.out().println("No migrations to apply or roll back.");
        }
        result.unfaked().forEach(m -> context.out().println("Unmarked " + m + " (fake: nothing rolled back)"));
        result.faked().forEach(m -> context.out().println("Faked " + m + " (recorded as applied, not run)"));
        result.rolledBack().forEach(m -> context.out().println("Rolled back " + m));
        result.applied().forEach(m -> context.out().println("Applied " + m));
        return 0;
    }

    private static Duration seconds(Arguments args, String option) {
        String value = args.value(option);
        try {
            long s = Long.parseLong(value.strip());
            if (s >= 0) {
                return Duration.ofSeconds(s);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageError(option + " takes a whole number of seconds (0 or more), got '" + value + "'");
    }
}
