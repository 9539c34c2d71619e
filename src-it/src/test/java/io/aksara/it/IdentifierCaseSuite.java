package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.aggregates.Count;
import io.aksara.it.models.namecase.Composer;
import io.aksara.it.models.namecase.Score;
import io.aksara.schemafirst.InspectDb;
import io.aksara.schemafirst.Inspection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Names with capitals ({@code @Meta(table = "CaseScore")}, {@code dbColumn = "ComposerId"}) keep
 * their case on every database: migrations create them so, and queries, writes, relations and
 * inspectdb find them, whether Aksara made the tables or another tool did. H2 folds unquoted
 * names to upper case, as it does for every tool that writes them unquoted.
 */
@OnEveryDatabase
class IdentifierCaseSuite {
    @Parameter
    TestDatabase db;

    private DatabaseConfig config;

    @BeforeParameterizedClassInvocation
    void configure() throws SQLException {
        config = null; // one instance serves every database: a skipped one must not close the last one's
        config = db.config();
        Aksara.configure(config);
        dropTables();
    }

    @AfterParameterizedClassInvocation
    void close() throws SQLException {
        if (config != null) {
            dropTables();
            Aksara.close();
        }
    }

    @Test
    void migratedTablesKeepTheCaseTheModelDeclares() throws SQLException {
        MigratedSchema schema = MigratedSchema.create(config, Composer.class, Score.class);
        try {
            assertThat(tableNames()).contains(isH2() ? "CASESCORE" : "CaseScore")
                    .doesNotContain("casescore");
            writeAndQuery();
        } finally {
            schema.drop();
        }
    }

    @Test
    void tablesAnotherToolCreatedWithCapitalsAreFound() throws SQLException {
        createLegacyTables();
        try {
            writeAndQuery();
        } finally {
            dropTables();
        }
    }

    @Test
    void inspectdbKeepsTheNamesAndWarnsOnlyWhereTheyCannotBeFound() throws SQLException {
        createLegacyTables();
        try (Connection c = connection()) {
            Inspection found = InspectDb.of(c).packageName("x").tables("CaseComposer", "CaseScore").inspect();
            // H2 folded the unquoted names, so its class names come from one word
            String scoreFile = isH2() ? "Casescore.java" : "CaseScore.java";
            assertThat(found.sources()).containsKeys(isH2() ? "Casecomposer.java" : "CaseComposer.java", scoreFile);
            String score = found.sources().get(scoreFile);
            if (isH2()) {
                assertThat(score).contains("table = \"casescore\"");
            } else {
                assertThat(score).contains("table = \"CaseScore\"").contains("dbColumn = \"ComposerId\"")
                        .contains("relatedName = \"caseScores\"")
                        .contains("public Ref<CaseComposer> composer;"); // the Id suffix goes
                assertThat(found.sources().get("CaseComposer.java"))
                        .contains("public Related<CaseScore> caseScores() {");
            }
            assertThat(found.warnings()).noneSatisfy(w -> assertThat(w).containsIgnoringCase("capital"));
        } finally {
            dropTables();
        }
    }

    @Test
    void inspectdbOnH2WarnsOnceAboutNamesCreatedQuotedInLowerCase() throws SQLException {
        assumeTrue(isH2(), "H2 only: the database that folds names to upper case");
        execute("create table \"CaseNote\" (\"Id\" int primary key, \"Body\" varchar(20), \"Tag\" varchar(5))");
        try (Connection c = connection()) {
            Inspection found = InspectDb.of(c).packageName("x").tables("CaseNote").inspect();
            List<String> about = found.warnings().stream().filter(w -> w.contains("upper case")).toList();
            assertThat(about).hasSize(1);
            assertThat(about.getFirst()).contains("CaseNote").contains("CaseNote.Body");
        } finally {
            execute("drop table \"CaseNote\"");
        }
    }

    /** The same rows through every kind of statement: each names the tables and columns. */
    private void writeAndQuery() {
        Composer clara = Composer.objects.create("fullName", "Clara Schumann");
        Composer fanny = Composer.objects.create("fullName", "Fanny Hensel");
        Score.objects.create("title", "Piano Trio", "year", 1846, "composer", clara);
        Score.objects.create("title", "Romances", "year", 1853, "composer", clara);
        Score easter = Score.objects.create("title", "Easter Sonata", "year", 1828, "composer", fanny);

        assertThat(Score.objects.filter("composer__fullName__startswith", "Clara").count()).isEqualTo(2);
        assertThat(Score.objects.selectRelated("composer").orderBy("year").fetch())
                .extracting(s -> s.composer.get().fullName)
                .containsExactly("Fanny Hensel", "Clara Schumann", "Clara Schumann");
        assertThat(clara.scores().all().orderBy("year").valuesList("title", String.class).fetch())
                .containsExactly("Piano Trio", "Romances");
        assertThat(Composer.objects.annotate("n", Count.of("scores")).orderBy("-n").values("fullName", "n").fetch())
                .first().isEqualTo(Map.of("fullName", "Clara Schumann", "n", 2L));

        easter.year = 1829;
        easter.save();
        assertThat(Score.objects.filter("year", 1829).count()).isOne();
        assertThat(Score.objects.filter("composer", clara).update("year", 1850)).isEqualTo(2);
        assertThat(Composer.objects.filter("fullName", "Clara Schumann").delete()).isPositive();
        assertThat(Score.objects.all().valuesList("title", String.class).fetch()).containsExactly("Easter Sonata");
        Score.objects.all().delete();
        Composer.objects.all().delete();
    }

    /**
     * The tables as a schema made by hand names them: quoted with capitals (unquoted on H2, which
     * folds them, but for the reserved word, which H2 needs quoted).
     */
    private void createLegacyTables() throws SQLException {
        String q = db.isMariadb() ? "`" : isH2() ? "" : "\"";
        String id = switch (db.vendor().name()) {
            case "postgres" -> "serial primary key";
            case "h2" -> "bigint generated by default as identity primary key";
            case "sqlite" -> "integer primary key"; // the rowid: SQLite numbers only a column declared exactly so
            default -> "bigint auto_increment primary key";
        };
        execute("create table " + q + "CaseComposer" + q + " (id " + id + ", " + q + "FullName" + q + " varchar(40) not null)",
                "create table " + q + "CaseScore" + q + " (id " + id + ", " + q + "Title" + q + " varchar(60) not null, "
                        + (isH2() ? "\"YEAR\"" : q + "Year" + q) + " int not null, " + q + "ComposerId" + q + " bigint not null, foreign key ("
                        + q + "ComposerId" + q + ") references " + q + "CaseComposer" + q + " (id) on delete cascade)");
    }

    private boolean isH2() {
        return db.vendor().name().equals("h2");
    }

    private List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = connection(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private void dropTables() throws SQLException {
        String q = db.isMariadb() ? "`" : "\"";
        List<String> drops = new ArrayList<>();
        for (String t : List.of("CaseScore", "CaseComposer", "CASESCORE", "CASECOMPOSER")) {
            drops.add("drop table if exists " + q + t + q);
        }
        execute(drops.toArray(String[]::new));
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
