package io.aksara.cli;

import io.aksara.DatabaseConfig;
import io.aksara.schema.migrations.Migrations;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What every command gets: where to print, the migrations directory and the database, both
 * already resolved from the options and the environment.
 *
 * @param out       normal output
 * @param err       errors
 * @param directory the migrations directory
 * @param database  the database to migrate; null for a command that does not need one
 */
public record CommandContext(PrintStream out, PrintStream err, Path directory, DatabaseConfig database) {
    /** The migrations API for this directory, models from the model index, and this database. */
    public Migrations migrations() {
        return Migrations.at(directory).database(database);
    }
}
