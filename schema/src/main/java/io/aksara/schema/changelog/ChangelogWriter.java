package io.aksara.schema.changelog;

import static io.aksara.schema.changelog.ChangeWriter.map;

import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.schema.diff.Operation;
import io.aksara.schema.state.ColumnTypeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes migration files and the master changelog as Liquibase YAML. A migration is one changeset
 * (id = the migration name, author {@value #AUTHOR}) so it runs in one transaction where the
 * database allows, with an explicit rollback: the inverse of every operation, last first.
 *
 * <pre>{@code
 * String yaml = ChangelogWriter.migration("0002_add_products_stock", diff.operations());
 * }</pre>
 */
public final class ChangelogWriter {
    /** The author of every changeset Aksara writes. */
    public static final String AUTHOR = "aksara";

    private static final String HEADER = "# Written by Aksara makemigrations. Edit only before it has run anywhere:\n"
            + "# Liquibase refuses a migration whose checksum changed after it ran.\n";

    private ChangelogWriter() {}

    /** The YAML of a migration with these operations. */
    public static String migration(String name, List<Operation> operations) {
        List<Object> changes = new ArrayList<>();
        for (Operation op : operations) {
            changes.addAll(ChangeWriter.changes(op));
        }
        List<Object> rollback = new ArrayList<>();
        for (Operation op : operations.reversed()) {
            for (Operation inverse : op.inverse()) {
                rollback.addAll(ChangeWriter.changes(inverse));
            }
        }
        return HEADER + YamlEmitter.write(changeLog(name, changes, rollback));
    }

    /**
     * An empty migration to fill in by hand: raw SQL with its reverse, or a Java class (see
     * docs/migrations.md).
     */
    public static String empty(String name) {
        String example = """
                # An empty migration to fill in. Replace the two empty lists, for example:
                #   changes:
                #     - sql:
                #         sql: "UPDATE products SET slug = lower(name)"
                #   rollback:
                #     - sql:
                #         sql: "UPDATE products SET slug = NULL"
                # or run Java code with a reverse (a subclass of io.aksara.schema.migrate.JavaMigration):
                #   changes:
                #     - customChange:
                #         class: "com.example.migrations.FillSlugs"
                #   (and delete the rollback line: JavaMigration's backward() is the rollback)
                """;
        return HEADER + example + YamlEmitter.write(changeLog(name, List.of(), List.of()));
    }

    /** The master changelog: the type properties per database, then every migration in order. */
    public static String master(List<String> migrationFiles) {
        List<Object> entries = new ArrayList<>();
        // one entry per property and group of databases that define the same types (MySQL and MariaDB)
        Map<Map<String, String>, List<String>> databasesByTypes = new LinkedHashMap<>();
        for (Vendor v : Vendors.all()) {
            List<String> names = databasesByTypes.computeIfAbsent(v.liquibaseTypes(), t -> new ArrayList<>());
            if (!names.contains(v.liquibaseName())) {
                names.add(v.liquibaseName());
            }
        }
        for (String property : Vendors.all().getFirst().liquibaseTypes().keySet()) {
            databasesByTypes.forEach((types, names) -> entries.add(map("property",
                    map("name", property, "value", types.getOrDefault(property, ""), "dbms", String.join(", ", names)))));
        }
        for (String file : migrationFiles) {
            entries.add(map("include", map("file", file, "relativeToChangelogFile", true)));
        }
        return "# Written by Aksara makemigrations: the migrations in order. Do not edit; it is rewritten.\n"
                + YamlEmitter.write(map("databaseChangeLog", entries));
    }

    private static Map<String, Object> changeLog(String name, List<Object> changes, List<Object> rollback) {
        Map<String, Object> changeSet = map("id", name, "author", AUTHOR, "changes", changes, "rollback", rollback);
        return map("databaseChangeLog", List.of(map("changeSet", changeSet)));
    }
}
