package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.QuerySet;
import io.aksara.errors.FieldError;
import io.aksara.it.models.Errand;
import io.aksara.it.models.MoodLog;
import io.aksara.it.models.MoodLog.Mood;
import io.aksara.it.models.MoodLog_;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.vendor.Feature;
import io.aksara.Model;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.schemafirst.InspectDb;
import io.aksara.schemafirst.Inspection;
import io.aksara.schema.MigrationError;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/**
 * {@code @EnumField(dbType = "mood")}: on PostgreSQL the column is of the enum type {@code mood}
 * and every value written or compared is cast to it; elsewhere the same model runs on a varchar
 * column. Migrations refuse to create the type, naming the field.
 */
@OnEveryDatabase
class PostgresEnumSuite extends KindSuiteSchema {
    PostgresEnumSuite() {
        super(Errand.class); // the suite's own table is legacy SQL, made per test below
    }

    @BeforeEach
    void legacyTable() throws SQLException {
        sql("drop table if exists mood_logs");
        String type = "varchar(5)";
        if (db.has(Feature.ENUM_TYPES)) {
            sql("drop type if exists mood");
            sql("create type mood as enum ('SAD', 'OK', 'HAPPY')");
            type = "mood";
        }
        String id = db.isPostgres() ? "bigserial primary key" : db.isSqlite() ? "integer primary key autoincrement"
                : "bigint auto_increment primary key";
        sql("create table mood_logs (id " + id + ", title varchar(20) not null, mood " + type + " not null, earlier "
                + type + ")");
    }

    @AfterParameterizedClassInvocation
    void dropLegacyTable() throws SQLException {
        sql("drop table if exists mood_logs");
        if (db.has(Feature.ENUM_TYPES)) {
            sql("drop type if exists mood");
        }
    }

    @Test
    void rowsAreWrittenUpdatedAndReadBackAsConstants() throws SQLException {
        MoodLog a = MoodLog.objects.create("title", "a", "mood", Mood.HAPPY, "earlier", Mood.SAD);
        MoodLog b = MoodLog.objects.create("title", "b"); // the initializer's OK, and a null
        assertThat(MoodLog.objects.get("id", a.id).mood).isSameAs(Mood.HAPPY);
        assertThat(MoodLog.objects.get("id", a.id).earlier).isSameAs(Mood.SAD);
        assertThat(MoodLog.objects.get("id", b.id).mood).isSameAs(Mood.OK);
        assertThat(MoodLog.objects.get("id", b.id).earlier).isNull();

        MoodLog read = MoodLog.objects.get("id", b.id);
        read.mood = Mood.SAD;
        read.earlier = Mood.HAPPY;
        read.save();
        assertThat(MoodLog.objects.get("id", b.id).mood).isSameAs(Mood.SAD);
        assertThat(MoodLog.objects.filter("id", a.id).update("mood", Mood.OK, "earlier", null)).isEqualTo(1);
        assertThat(MoodLog.objects.get("id", a.id).mood).isSameAs(Mood.OK);
        assertThat(MoodLog.objects.get("id", a.id).earlier).isNull();

        List<String> sql = io.aksara.QueryLog.capture(
                () -> MoodLog.objects.bulkCreate(List.of(log("c", Mood.HAPPY, null), log("d", Mood.SAD, Mood.OK))));
        // a dbType column takes no text array (text is not assignable to an enum): multi-row VALUES everywhere
        assertThat(sql).anySatisfy(s -> assertThat(s.toLowerCase()).startsWith("insert").contains("values").doesNotContain("unnest"));
        assertThat(titles(MoodLog.objects.all())).containsExactly("a", "b", "c", "d");
        // on PostgreSQL the column really is of the enum type
        if (db.has(Feature.ENUM_TYPES)) {
            assertThat(query("select pg_typeof(mood)::text from mood_logs where title = 'c'")).isEqualTo("mood");
        }
        assertThat(query("select mood from mood_logs where title = 'c'")).isEqualTo("HAPPY");
    }

    @Test
    void exactInIsnullAndExcludeFilterTheEnumColumn() {
        MoodLog.objects.bulkCreate(List.of(log("a", Mood.SAD, null), log("b", Mood.OK, Mood.SAD), log("c", Mood.HAPPY, Mood.OK)));

        assertThat(titles(MoodLog.objects.filter("mood", Mood.OK))).containsExactly("b");
        assertThat(titles(MoodLog.objects.filter("mood", "HAPPY"))).containsExactly("c");
        assertThat(titles(MoodLog.objects.filter("mood__in", List.of(Mood.SAD, Mood.HAPPY)))).containsExactly("a", "c");
        assertThat(titles(MoodLog.objects.filter(MoodLog_.mood.in(Mood.OK)))).containsExactly("b");
        assertThat(titles(MoodLog.objects.filter("earlier__isnull", true))).containsExactly("a");
        assertThat(titles(MoodLog.objects.exclude(MoodLog_.mood.eq(Mood.SAD)))).containsExactly("b", "c");
        assertThat(titles(MoodLog.objects.filter("mood__in", List.of()))).isEmpty();
        assertThat(MoodLog.objects.filter("earlier", Mood.SAD).update("mood", Mood.HAPPY)).isEqualTo(1);
        assertThat(titles(MoodLog.objects.filter("mood", Mood.HAPPY))).containsExactly("b", "c");
        assertThat(MoodLog.objects.filter("mood__in", List.of(Mood.HAPPY)).delete()).isEqualTo(2);
        assertThat(titles(MoodLog.objects.all())).containsExactly("a");
    }

    @Test
    void badValuesAreRefusedBeforeSqlAndMigrationsDoNotCreateTheType() throws Exception {
        assertThatThrownBy(() -> MoodLog.objects.create("title", "x", "mood", "happy"))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("MoodLog.mood (EnumField) expects a constant of Mood (SAD, OK, HAPPY)");
        assertThatThrownBy(() -> MoodLog.objects.filter("mood__in", List.of(Mood.OK, "ok")))
                .isInstanceOf(FieldError.class).hasMessageContaining("got String \"ok\"");
        assertThat(MoodLog.objects.count()).isZero();

        // the model is unmanaged: makemigrations writes nothing for it
        Path dir = Files.createTempDirectory("enum-type-migrations");
        Migrations.at(dir).models(List.of(ModelRegistry.metaOf(MoodLog.class))).makemigrations(MakeMigrationsOptions.defaults());
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("0001"))).isEmpty();
        }
        // a managed model with the field is refused, naming it and what to do
        assertThatThrownBy(() -> io.aksara.schema.state.ModelStates.table(ModelRegistry.metaOf(MoodLog.class)))
                .isInstanceOf(MigrationError.class)
                .hasMessageContaining("MoodLog.mood is a column of the database enum type mood")
                .hasMessageContaining("@Meta(managed = false)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void inspectdbWritesAnEnumOfTheLabelsThatCompilesIntoAWorkingModel() throws Exception {
        db.assumeFeature(Feature.ENUM_TYPES);
        sql("drop table if exists legacy_feelings");
        sql("drop type if exists feeling");
        sql("drop type if exists shade");
        sql("create type feeling as enum ('calm', 'tense', 'ANGRY_NOW')");
        sql("create type shade as enum ('light gray', 'dark')");
        sql("create table legacy_feelings (id bigserial primary key, felt feeling not null default 'calm',"
                + " later feeling, tint shade)");
        try {
            String pkg = "io.aksara.it.inspectedenum";
            Inspection found;
            try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection()) {
                found = InspectDb.of(c).packageName(pkg).tables("legacy_feelings").inspect();
            }
            String source = found.sources().get("LegacyFeeling.java");
            // the labels as they are: the column stores a constant's name; one enum for both columns
            assertThat(source).contains("public enum Feeling { calm, tense, ANGRY_NOW }")
                    .contains("@EnumField(dbType = \"feeling\") public Feeling felt = Feeling.calm;")
                    .contains("@EnumField(dbType = \"feeling\", nullable = true) public Feeling later;")
                    .doesNotContain("tint;");
            assertThat(source.split("public enum Feeling", -1)).hasSize(2);
            assertThat(found.warnings()).anyMatch(w -> w.contains("skipped column legacy_feelings.tint of type shade")
                    && w.contains("labels that are no Java constant names"));

            GeneratedModels models = GeneratedModels.compile(found.write(Files.createTempDirectory("inspected-enum")), pkg);
            ModelMeta<Model> meta = (ModelMeta<Model>) models.meta("LegacyFeeling");
            Class<?> feeling = meta.field("felt").javaType();
            Object tense = feeling.getEnumConstants()[1];
            Object angry = feeling.getEnumConstants()[2];
            io.aksara.Manager<Model> rows = io.aksara.Manager.of(meta.type());
            rows.create("felt", tense, "later", angry);
            rows.create("later", tense); // felt: the default, calm
            assertThat(QuerySet.of(meta).filter("felt", tense).count()).isEqualTo(1);
            assertThat(QuerySet.of(meta).filter("later__in", List.of(tense, angry)).count()).isEqualTo(2);
            assertThat(meta.field("later").getUnchecked(QuerySet.of(meta).get("felt", tense))).isSameAs(angry);
            assertThat(query("select count(*) from legacy_feelings where felt = 'calm' and later = 'tense'")).isEqualTo("1");
        } finally {
            sql("drop table legacy_feelings");
            sql("drop type feeling");
            sql("drop type shade");
        }
    }

    private static MoodLog log(String title, Mood mood, Mood earlier) {
        MoodLog m = new MoodLog();
        m.title = title;
        m.mood = mood;
        m.earlier = earlier;
        return m;
    }

    private static List<String> titles(QuerySet<MoodLog> query) {
        return query.orderBy("title").fetch().stream().map(t -> t.title).toList();
    }

    private static void sql(String sql) throws SQLException {
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(String sql) throws SQLException {
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
