package io.aksara.schema.lint;

import io.aksara.schema.diff.Operation.DropTable;
import java.util.List;
import java.util.Optional;

/**
 * {@code drop-table}: the previous release's queries on the table fail the moment it is gone, and
 * its rows are lost. The table should outlive the code that uses it by one release.
 */
final class DropTableRule implements LintRule {
    @Override
    public String id() {
        return "drop-table";
    }

    @Override
    public Optional<Advice> check(LintedChange change, LintDatabase database) {
        if (!(change.operation() instanceof DropTable drop) || !change.onExistingTable()) {
            return Optional.empty();
        }
        return Optional.of(new Advice("Instances still running the previous release query " + drop.table()
                + " and fail as soon as it is dropped; its rows cannot be brought back but from a backup.", List.of(
                SafeStep.note("release the code without the model while the table stays (mark it @Meta(managed = false) "
                        + "or keep the migration for later)"),
                SafeStep.note("once no running instance uses it, drop it in the next release's migration"))));
    }
}
