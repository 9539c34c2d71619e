package io.aksara.it;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Model;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.SchemaEditor;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A suite's tables made the way an application makes them: makemigrations writes a migration for
 * the suite's models into a temporary directory, and migrate runs it through Liquibase; at the end
 * migrate zero rolls it back. Whatever an earlier, failed run left (tables, Liquibase's history)
 * is removed first, so every suite starts from nothing.
 */
public final class MigratedSchema {
    private final DatabaseConfig config;
    private final Class<? extends Model>[] models;
    private final SchemaEditor editor;
    private final Migrations migrations;

    private MigratedSchema(DatabaseConfig config, Class<? extends Model>[] models, Migrations migrations) {
        this.config = config;
        this.models = models;
        this.editor = SchemaEditor.forDatabase(Aksara.DEFAULT);
        this.migrations = migrations;
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    public static MigratedSchema create(DatabaseConfig config, Class<? extends Model>... models) {
        List<ModelMeta<?>> metas = new ArrayList<>();
        for (Class<? extends Model> m : models) {
            metas.add(ModelRegistry.metaOf(m));
        }
        try {
            Migrations migrations = Migrations.at(Files.createTempDirectory("aksara-it-migrations")).models(metas)
                    .database(config);
            MigratedSchema schema = new MigratedSchema(config, models, migrations);
            schema.editor.dropTables(models);
            schema.dropHistory();
            migrations.makemigrations(MakeMigrationsOptions.defaults());
            migrations.migrate();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties every table of the suite (between tests). */
    public void deleteAllRows() {
        editor.deleteAllRows(models);
    }

    /** Rolls the migration back and forgets Liquibase's history. */
    public void drop() {
        migrations.migrate("zero");
        dropHistory();
    }

    /** The suite's migrations, for tests that run makemigrations again. */
    Migrations migrations() {
        return migrations;
    }

    /** The migrations directory, for tests that look at what was written. */
    Path directory() {
        return migrations.directory();
    }

    private void dropHistory() {
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement s = c.createStatement()) {
            s.execute("drop table if exists DATABASECHANGELOG");
            s.execute("drop table if exists DATABASECHANGELOGLOCK");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop Liquibase's tables on " + config.url(), e);
        }
    }
}
