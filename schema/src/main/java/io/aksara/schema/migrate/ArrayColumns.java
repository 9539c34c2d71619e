package io.aksara.schema.migrate;

import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.UnsupportedFeature;
import io.aksara.jooq.vendor.Vendor;
import java.util.List;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.changelog.ChangeSet;

/**
 * Refuses, before any of a migrate's SQL runs, array columns ({@code TEXT[]}) on a database
 * without {@link Feature#ARRAYS}: there the CREATE TABLE would fail half-way through a migration
 * (MySQL has no transactional DDL), so the error names the column instead.
 */
final class ArrayColumns {
    private ArrayColumns() {}

    static void refuseWithoutArrays(Vendor vendor, String migration, List<ChangeSet> sets) {
        if (vendor.has(Feature.ARRAYS)) {
            return;
        }
        for (ChangeSet cs : sets) {
            for (Change change : cs.getChanges()) {
                switch (change) {
                    case CreateTableChange c -> c.getColumns().forEach(col -> check(vendor, migration, c.getTableName(), col));
                    case AddColumnChange a -> {
                        for (AddColumnConfig col : a.getColumns()) {
                            check(vendor, migration, a.getTableName(), col);
                        }
                    }
                    case ModifyDataTypeChange m -> check(vendor, migration, m.getTableName(), m.getColumnName(), m.getNewDataType());
                    default -> { }
                }
            }
        }
    }

    private static void check(Vendor vendor, String migration, String table, ColumnConfig column) {
        check(vendor, migration, table, column.getName(), column.getType());
    }

    private static void check(Vendor vendor, String migration, String table, String column, String type) {
        if (type != null && type.trim().endsWith("[]")) {
            throw new UnsupportedFeature(vendor, Feature.ARRAYS, "migration " + migration + ", column " + table + "."
                    + column + " " + type.trim(), "array fields are PostgreSQL-only; nothing was migrated");
        }
    }
}
