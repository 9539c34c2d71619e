package io.aksara.examples;

import io.aksara.schema.migrations.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demos' tables come from the project's migrations ({@code aksara-examples/migrations}, written
 * by {@code ./aksara --dir aksara-examples/migrations makemigrations}), as an application's would.
 * Each demo starts from an empty schema: everything is rolled back, then migrated.
 */
final class DemoSchema {
    private DemoSchema() {}

    /** The migrations, on the database configured as {@code default}. */
    static Migrations migrations() {
        return Migrations.at(directory());
    }

    /** Rolls back whatever an earlier run left (on a server), then applies every migration. */
    static void fresh() {
        migrations().migrate("zero");
        migrations().migrate();
    }

    /** Rolls every migration back: the demo leaves no tables behind. */
    static void drop() {
        migrations().migrate("zero");
    }

    /** {@code -Daksara.migrations=DIR}, else the examples' directory seen from the repository root or from the module. */
    static Path directory() {
        String configured = System.getProperty("aksara.migrations");
        if (configured != null) {
            return Path.of(configured);
        }
        Path fromRoot = Path.of("aksara-examples", "migrations");
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("migrations");
    }
}
