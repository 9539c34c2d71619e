package io.aksara.schema.migrate;

import io.aksara.DatabaseConfig;
import io.aksara.schema.MigrationError;
import io.aksara.schema.changelog.MigrationFiles;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liquibase.change.Change;
import liquibase.change.custom.CustomChangeWrapper;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;

/**
 * Runs the migrations of a directory on a database through Liquibase: forwards to the newest or
 * to a named migration, backwards to a named one or to {@code zero}; lists what ran; prints the SQL
 * of one migration. Liquibase records each run changeset in {@code DATABASECHANGELOG}, holds
 * {@code DATABASECHANGELOGLOCK} while it works (a second runner waits), and refuses a migration
 * whose checksum changed after it ran. The last changeset of each migration is tagged with the
 * migration's name, so Liquibase's own {@code rollback TAG} reaches the same state as
 * {@code migrate NAME}; moving between migrations here counts changesets, which needs no tag.
 *
 * <pre>{@code
 * Migrator m = new Migrator(new MigrationFiles(Path.of("migrations")), Aksara.config(Aksara.DEFAULT));
 * m.migrate(null);              // everything
 * m.migrate("0001_initial");    // forwards or backwards to 0001
 * m.migrate("zero");            // roll everything back
 * }</pre>
 */
public final class Migrator {
    /** The target that rolls back every migration. */
    public static final String ZERO = "zero";

    private final MigrationFiles files;
    private final DatabaseConfig config;
    private final LockPolicy lockPolicy;
    private final Clock clock;

    public Migrator(MigrationFiles files, DatabaseConfig config) {
        this(files, config, LockPolicy.DEFAULT, Clock.systemUTC());
    }

    /** A migrator with its own lock policy and clock (tests give a clock to age a lock). */
    public Migrator(MigrationFiles files, DatabaseConfig config, LockPolicy lockPolicy, Clock clock) {
        this.files = files;
        this.config = config;
        this.lockPolicy = lockPolicy;
        this.clock = clock;
    }

    /** Liquibase's migration lock as it is now. */
    public MigrationLock lock() {
        try (Connection c = LiquibaseSession.connect(config)) {
            return MigrationLock.read(c);
        } catch (SQLException e) {
            throw new MigrationError("Cannot close the connection to " + config.maskedUrl() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Releases a migration lock left by a killed migrate. A lock younger than the policy's stale
     * threshold may belong to a migrate that is still running, and is released only when
     * {@code force} is true.
     *
     * @return the lock as it was before the release ({@link MigrationLock#FREE} or unlocked when there was none)
     * @throws MigrationError for a fresh lock without {@code force}, or a lock that changed meanwhile
     */
    public MigrationLock releaseLock(boolean force) {
        try (Connection c = LiquibaseSession.connect(config)) {
            MigrationLock lock = MigrationLock.read(c);
            if (!lock.locked()) {
                return lock;
            }
            Instant now = clock.instant();
            if (!force && !lock.staleAt(now, lockPolicy.staleAfter())) {
                throw new MigrationError("The migration lock (DATABASECHANGELOGLOCK) is " + lock.describe(now)
                        + ", not longer than the stale-lock threshold of " + Durations.words(lockPolicy.staleAfter())
                        + ": a migrate may still be running. Nothing was released. If you are sure no migrate is running, "
                        + "release it with ./aksara migrate --release-lock --force (Migrations.releaseLock(true)).");
            }
            if (!MigrationLock.release(c, lock)) {
                throw new MigrationError("The migration lock changed while it was being released (a migrate took or "
                        + "released it); nothing was released. Look at it again with ./aksara showmigrations.");
            }
            return lock;
        } catch (SQLException e) {
            throw new MigrationError("Cannot close the connection to " + config.maskedUrl() + ": " + e.getMessage(), e);
        }
    }

    /** Each migration of the directory, in order, with whether it has run. */
    public List<MigrationStatus> status() {
        List<String> names = files.names();
        if (!Files.isDirectory(files.directory())) {
            return List.of();
        }
        try (LiquibaseSession session = LiquibaseSession.open(files.directory(), config)) {
            List<History.Ran> ran = History.read(session.connection());
            checkNotAhead(names, ran);
            Map<String, List<ChangeSet>> sets = changeSets(session, names);
            List<MigrationStatus> out = new ArrayList<>();
            for (String name : names) {
                out.add(new MigrationStatus(name, ranAll(sets.get(name), ran, name)));
            }
            return out;
        }
    }

    /**
     * Brings the database to {@code target}: null for the newest migration, a migration name (or
     * its unique number prefix, {@code 0002}), or {@link #ZERO}.
     *
     * @throws MigrationError for an unknown target, a database ahead of the migrations, an edited
     *                        migration that already ran, a held lock or a failing migration
     */
    public MigrateResult migrate(String target) {
        return migrate(target, FakeMode.NONE);
    }

    /**
     * Like {@link #migrate(String)}, but recording migrations without running them:
     * {@link FakeMode#FAKE} marks every migration up to the target as applied (and unmarks later
     * ones); {@link FakeMode#FAKE_INITIAL} marks the leading migrations whose tables all exist
     * already, then runs the rest.
     */
    public MigrateResult migrate(String target, FakeMode mode) {
        List<String> names = files.names();
        int targetIndex = target == null ? names.size() - 1 : ZERO.equals(target) ? -1 : names.indexOf(resolve(target, names));
        try (LiquibaseSession session = LiquibaseSession.open(files.directory(), config)) {
            LockWait.awaitFree(session.connection(), lockPolicy, clock); // before reading what ran: a holder may change it
            List<History.Ran> before = History.read(session.connection());
            checkNotAhead(names, before);
            Map<String, List<ChangeSet>> sets = changeSets(session, names);
            List<String> faked = List.of();
            if (mode == FakeMode.FAKE) {
                Fakes.Recorded recorded = Fakes.all(session, names, sets, before, targetIndex);
                History.tag(session.connection(), recorded.marked());
                return new MigrateResult(List.of(), List.of(), recorded.marked(), recorded.unmarked());
            }
            if (mode == FakeMode.FAKE_INITIAL) {
                faked = Fakes.initial(session, names, sets, before, targetIndex);
                History.tag(session.connection(), faked);
                before = History.read(session.connection());
            }
            List<History.Ran> ranBefore = before;
            int rollback = 0;
            int forward = 0;
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                for (ChangeSet cs : sets.get(name)) {
                    boolean ran = hasRun(cs, ranBefore, name);
                    if (i > targetIndex && ran) {
                        rollback++;
                    } else if (i <= targetIndex && !ran) {
                        forward++;
                    }
                }
            }
            for (int i = 0; i <= targetIndex; i++) {
                String name = names.get(i);
                ArrayColumns.refuseWithoutArrays(session.vendor(), name,
                        sets.get(name).stream().filter(cs -> !hasRun(cs, ranBefore, name)).toList());
            }
            RunRecorder recorder = new RunRecorder();
            if (rollback > 0) {
                int count = rollback;
                execute(session, names, sets, ranBefore, () -> new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, session.database())
                        .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, MigrationFiles.MASTER)
                        .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count)
                        .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, recorder)
                        .execute());
            }
            if (forward > 0) {
                int count = forward;
                boolean all = targetIndex == names.size() - 1;
                execute(session, names, sets, ranBefore, () -> (all
                        ? new CommandScope(UpdateCommandStep.COMMAND_NAME)
                                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, MigrationFiles.MASTER)
                        : new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                                .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, MigrationFiles.MASTER)
                                .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, count))
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, session.database())
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                        .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, recorder)
                        .execute());
            }
            History.tag(session.connection(), recorder.applied());
            return new MigrateResult(recorder.applied(), recorder.rolledBack(), faked, List.of());
        }
    }

    /** The SQL one migration runs on the configured database, without running it. */
    public String sql(String name) {
        List<String> names = files.names();
        String resolved = resolve(name, names);
        try (LiquibaseSession session = LiquibaseSession.open(files.directory(), config)) {
            Map<String, List<ChangeSet>> sets = changeSets(session, names);
            StringBuilder out = new StringBuilder("-- " + resolved + " on " + session.shortName() + "\n");
            session.run(() -> {
                for (ChangeSet cs : sets.get(resolved)) {
                    for (Change change : cs.getChanges()) {
                        if (change instanceof CustomChangeWrapper java) {
                            out.append("-- Java code ").append(java.getClassName()).append(" runs here (no SQL to show)\n");
                            continue;
                        }
                        out.append(renderedSql(change, session));
                    }
                }
                return null;
            });
            return out.toString();
        } catch (MigrationError e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationError("Cannot render the SQL of " + resolved + ": " + e.getMessage(), e);
        }
    }

    /**
     * The SQL of one change. A change whose SQL depends on the live schema (SQLite rebuilds a table
     * from its current definition) cannot be rendered before the changes ahead of it have run: it is
     * described in a comment instead.
     */
    private static String renderedSql(Change change, LiquibaseSession session) {
        StringBuilder out = new StringBuilder();
        try {
            for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(change, session.database())) {
                out.append(sql.toSql()).append(sql.getEndDelimiter()).append('\n');
            }
        } catch (RuntimeException e) {
            if (!change.generateStatementsVolatile(session.database())) {
                throw e;
            }
            return "-- " + change.getConfirmationMessage() + ": " + session.shortName() + " rebuilds the table here;"
                    + " its statements are read from the table's definition when the migration runs\n";
        }
        return out.toString();
    }

    private interface LiquibaseWork {
        void run() throws Exception;
    }

    private void execute(LiquibaseSession session, List<String> names, Map<String, List<ChangeSet>> sets,
                         List<History.Ran> before, LiquibaseWork work) {
        try {
            session.run(() -> {
                work.run();
                return null;
            });
        } catch (Exception e) {
            throw MigrationFailures.explain(e, session, names, sets, before);
        }
    }

    /** The changesets of each migration file, parsed by Liquibase through the master changelog. */
    private Map<String, List<ChangeSet>> changeSets(LiquibaseSession session, List<String> names) {
        if (!Files.exists(files.master())) {
            throw new MigrationError("The master changelog " + files.master() + " is missing; run makemigrations to write it.");
        }
        DatabaseChangeLog log;
        try {
            log = session.run(() -> ChangeLogParserFactory.getInstance().getParser(MigrationFiles.MASTER, session.accessor())
                    .parse(MigrationFiles.MASTER, new ChangeLogParameters(session.database()), session.accessor()));
        } catch (Exception e) {
            throw new MigrationError("Cannot read the migrations in " + files.directory() + ": " + e.getMessage(), e);
        }
        Map<String, List<ChangeSet>> byFile = new LinkedHashMap<>();
        for (String name : names) {
            byFile.put(name, new ArrayList<>());
        }
        for (ChangeSet cs : log.getChangeSets()) {
            String name = History.migrationOf(cs.getFilePath());
            List<ChangeSet> list = byFile.get(name);
            if (list == null) {
                throw new MigrationError(MigrationFiles.MASTER + " includes " + cs.getFilePath()
                        + ", which is not a migration of " + files.directory() + "; run makemigrations to rewrite it.");
            }
            list.add(cs);
        }
        for (Map.Entry<String, List<ChangeSet>> e : byFile.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new MigrationError("Migration " + e.getKey() + " is not included in " + MigrationFiles.MASTER
                        + " or has no changeSet; run makemigrations to rewrite the master changelog.");
            }
        }
        return byFile;
    }

    private String resolve(String target, List<String> names) {
        if (names.contains(target)) {
            return target;
        }
        List<String> prefixed = names.stream().filter(n -> n.startsWith(target)).toList();
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        throw new MigrationError((prefixed.isEmpty() ? "Unknown migration '" : "Ambiguous migration '") + target + "' in "
                + files.directory() + ". Known: " + (names.isEmpty() ? "none" : String.join(", ", names))
                + (ZERO.equals(target) ? "" : "; use 'zero' to roll back every migration."));
    }

    /** Refuses to work on a database that ran migrations this directory does not have. */
    private void checkNotAhead(List<String> names, List<History.Ran> ran) {
        Set<String> unknown = new LinkedHashSet<>();
        for (History.Ran r : ran) {
            if (!names.contains(r.migration())) {
                unknown.add(r.migration());
            }
        }
        if (!unknown.isEmpty()) {
            throw new MigrationError("The database is ahead of the migrations in " + files.directory() + ": it has run "
                    + String.join(", ", unknown) + ", which this directory does not have. Update the migrations "
                    + "(e.g. pull the missing files), or roll those back with the directory that has them.");
        }
    }

    static boolean hasRun(ChangeSet cs, List<History.Ran> ran, String migration) {
        for (History.Ran r : ran) {
            if (r.id().equals(cs.getId()) && r.author().equals(cs.getAuthor()) && r.migration().equals(migration)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ranAll(List<ChangeSet> sets, List<History.Ran> ran, String migration) {
        return sets.stream().allMatch(cs -> hasRun(cs, ran, migration));
    }

    static List<String> pending(List<String> names, Map<String, List<ChangeSet>> sets, List<History.Ran> ran) {
        return names.stream().filter(n -> !ranAll(sets.get(n), ran, n)).toList();
    }
}
