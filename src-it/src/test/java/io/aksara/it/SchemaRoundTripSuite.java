package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.it.models.Album_;
import io.aksara.it.models.ArtistBio_;
import io.aksara.it.models.Artist_;
import io.aksara.it.models.Label_;
import io.aksara.it.models.Track_;
import io.aksara.meta.ModelMeta;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.MakeMigrationsResult;
import io.aksara.schema.migrations.Migrations;
import io.aksara.schemafirst.InspectDb;
import io.aksara.schemafirst.Inspection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The schema round trip of issue 6: models → makemigrations → migrate → inspectdb → compile the
 * generated models → makemigrations --check on them reports no change, so what inspectdb writes
 * describes exactly the tables the migrations made. Then migrate zero leaves nothing behind.
 */
@OnEveryDatabase
class SchemaRoundTripSuite {
    @Parameter
    TestDatabase db;

    private static final List<String> TABLES = List.of("labels", "artists", "albums", "tracks", "artist_bios");
    private static final List<ModelMeta<?>> MODELS = List.of(Label_.META, Artist_.META, Album_.META, Track_.META,
            ArtistBio_.META);

    private DatabaseConfig config;

    @BeforeParameterizedClassInvocation
    void configure() throws Exception {
        config = db.config();
        Aksara.configure(config);
        dropAll();
    }

    @AfterParameterizedClassInvocation
    void close() throws Exception {
        if (config != null) {
            dropAll();
            Aksara.close();
        }
    }

    private void dropAll() throws Exception {
        boolean postgres = config.url().startsWith("jdbc:postgresql:");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String t : List.of("artist_bios", "tracks", "albums", "artists", "labels", "DATABASECHANGELOG",
                    "DATABASECHANGELOGLOCK")) {
                s.execute("drop table if exists " + t + (postgres ? " cascade" : ""));
            }
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    @Test
    void inspectdbOfMigratedTablesGivesModelsWithoutChanges() throws Exception {
        Path migrations = Files.createTempDirectory("aksara-roundtrip-migrations");
        Migrations original = Migrations.at(migrations).models(MODELS).database(config);
        assertThat(original.makemigrations(MakeMigrationsOptions.defaults()).changesDetected()).isTrue();
        original.migrate();

        Path sources = Files.createTempDirectory("aksara-roundtrip-src");
        Inspection found;
        try (Connection c = connect()) {
            found = InspectDb.of(c).packageName("roundtrip").tables(TABLES.toArray(String[]::new)).inspect();
        }
        assertThat(found.warnings()).isEmpty();
        List<Path> files = found.write(sources);
        assertThat(found.sources()).containsOnlyKeys("Label.java", "Artist.java", "Album.java", "Track.java",
                "ArtistBio.java");
        GeneratedModels compiled = GeneratedModels.compile(files, "roundtrip");
        List<ModelMeta<?>> inspected = new ArrayList<>();
        for (String name : List.of("Label", "Artist", "Album", "Track", "ArtistBio")) {
            inspected.add(compiled.meta(name));
        }

        MakeMigrationsResult check = Migrations.at(migrations).models(inspected).database(config)
                .makemigrations(MakeMigrationsOptions.defaults().asCheck());
        assertThat(check.changesDetected()).as("makemigrations --check on the inspected models:\n%s", check.yaml()).isFalse();

        assertThat(original.migrate("zero").rolledBack()).containsExactly("0001_initial");
        try (Connection c = connect()) {
            for (String t : TABLES) {
                try (var rs = c.getMetaData().getTables(null, null, c.getMetaData().storesUpperCaseIdentifiers()
                        ? t.toUpperCase() : t, null)) {
                    assertThat(rs.next()).as("table %s after migrate zero", t).isFalse();
                }
            }
        }
    }
}
