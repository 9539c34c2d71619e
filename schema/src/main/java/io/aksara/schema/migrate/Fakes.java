package io.aksara.schema.migrate;

import io.aksara.schema.MigrationError;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;

/**
 * Django's {@code migrate --fake} and {@code --fake-initial}: recording migrations in
 * DATABASECHANGELOG (or removing them from it) without running them, for adopting a database
 * whose tables exist already or repairing a history that went out of step with the schema.
 */
final class Fakes {
    private Fakes() {}

    /** What a fake run recorded: migrations marked applied, and migrations unmarked (last first). */
    record Recorded(List<String> marked, List<String> unmarked) {}

    /**
     * Marks every migration up to {@code targetIndex} as applied and removes the later ones from
     * the history, running none of them.
     */
    static Recorded all(LiquibaseSession session, List<String> names, Map<String, List<ChangeSet>> sets,
                        List<History.Ran> before, int targetIndex) {
        List<String> marked = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        withHistory(session, history -> {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                for (ChangeSet cs : sets.get(name)) {
                    boolean ran = Migrator.hasRun(cs, before, name);
                    if (i <= targetIndex && !ran) {
                        history.setExecType(cs, ChangeSet.ExecType.EXECUTED);
                        addOnce(marked, name);
                    } else if (i > targetIndex && ran) {
                        history.removeFromHistory(cs);
                        addOnce(unmarked, name);
                    }
                }
            }
        });
        return new Recorded(marked, unmarked.reversed());
    }

    /**
     * Marks the leading migrations (up to {@code targetIndex}) that create tables as applied when
     * every table they create exists already; stops at the first migration that creates none of
     * its tables yet, which then runs normally.
     *
     * @throws MigrationError when a migration's tables exist only in part: faking it would leave
     *                        tables missing, running it would fail on the ones that exist
     */
    static List<String> initial(LiquibaseSession session, List<String> names, Map<String, List<ChangeSet>> sets,
                                List<History.Ran> before, int targetIndex) {
        List<String> marked = new ArrayList<>();
        withHistory(session, history -> {
            for (int i = 0; i <= targetIndex; i++) {
                String name = names.get(i);
                List<ChangeSet> pending = sets.get(name).stream().filter(cs -> !Migrator.hasRun(cs, before, name)).toList();
                if (pending.isEmpty()) {
                    continue;
                }
                Set<String> created = createdTables(pending);
                List<String> present = new ArrayList<>();
                for (String table : created) {
                    if (tableExists(session.connection(), table)) {
                        present.add(table);
                    }
                }
                if (created.isEmpty() || present.isEmpty()) {
                    return;
                }
                if (present.size() < created.size()) {
                    Set<String> missing = new LinkedHashSet<>(created);
                    present.forEach(missing::remove);
                    throw new MigrationError("migrate --fake-initial: " + name + " creates " + String.join(", ", created)
                            + "; the database has " + String.join(", ", present) + " but not " + String.join(", ", missing)
                            + ". Create the missing tables (or drop the partial ones) first; nothing was recorded for " + name + ".");
                }
                for (ChangeSet cs : pending) {
                    history.setExecType(cs, ChangeSet.ExecType.EXECUTED);
                }
                marked.add(name);
            }
        });
        return marked;
    }

    private interface HistoryWork {
        void run(ChangeLogHistoryService history) throws Exception;
    }

    /** Runs the work on Liquibase's history holding its lock, as its own commands do. */
    private static void withHistory(LiquibaseSession session, HistoryWork work) {
        try {
            session.run(() -> {
                LockService lock = LockServiceFactory.getInstance().getLockService(session.database());
                lock.waitForLock();
                try {
                    ChangeLogHistoryService history = Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class)
                            .getChangeLogService(session.database());
                    history.init();
                    work.run(history);
                    session.database().commit();
                } finally {
                    lock.releaseLock();
                }
                return null;
            });
        } catch (MigrationError e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationError("Cannot record the migrations in DATABASECHANGELOG: " + e.getMessage(), e);
        }
    }

    private static Set<String> createdTables(List<ChangeSet> changeSets) {
        Set<String> tables = new LinkedHashSet<>();
        for (ChangeSet cs : changeSets) {
            for (Change change : cs.getChanges()) {
                if (change instanceof CreateTableChange create) {
                    tables.add(create.getTableName());
                }
            }
        }
        return tables;
    }

    /** Whether a table exists under its own name or the name the database folds it to. */
    static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        for (String name : new LinkedHashSet<>(List.of(table, table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT)))) {
            try (ResultSet rs = meta.getTables(c.getCatalog(), schema, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void addOnce(List<String> list, String name) {
        if (!list.contains(name)) {
            list.add(name);
        }
    }
}
