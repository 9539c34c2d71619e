package io.aksara.schema.migrate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;

/**
 * Collects the migrations one Liquibase run applied or rolled back. Comparing DATABASECHANGELOG
 * before and after would also count the work of another runner that held the lock meanwhile.
 */
final class RunRecorder extends AbstractChangeExecListener {
    private final Set<String> applied = new LinkedHashSet<>();
    private final Set<String> rolledBack = new LinkedHashSet<>();

    @Override
    public void ran(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database, ChangeSet.ExecType execType) {
        if (execType == ChangeSet.ExecType.EXECUTED) {
            applied.add(History.migrationOf(changeSet.getFilePath()));
        }
    }

    @Override
    public void rolledBack(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
        rolledBack.add(History.migrationOf(changeSet.getFilePath()));
    }

    List<String> applied() {
        return new ArrayList<>(applied);
    }

    List<String> rolledBack() {
        return new ArrayList<>(rolledBack);
    }
}
