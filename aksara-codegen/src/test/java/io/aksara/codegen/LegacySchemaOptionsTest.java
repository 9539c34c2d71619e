package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options that keep a legacy schema as it is (a field's {@code dbType}, a foreign key's
 * {@code constraintName}, {@code @Meta(autoField = INTEGER)}): they reach the metamodel, and a
 * value migrations could not write is a compile error naming the field.
 */
class LegacySchemaOptionsTest {
    @TempDir
    Path dir;

    private static final String ARTIST = """
            package app;
            public class Artist extends io.aksara.Model { @io.aksara.fields.StringField public String name; }
            """;

    @Test
    void aDbTypeAndAConstraintNameReachTheMetamodel() throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, Map.of("app/Artist.java", ARTIST, "app/Album.java", """
                package app;
                import io.aksara.Ref;
                import io.aksara.fields.*;
                public class Album extends io.aksara.Model {
                    @TextField(dbType = "text") public String notes;
                    @DateTimeField(dbType = "timestamp(6)", nullable = true) public java.time.OffsetDateTime seenAt;
                    @ForeignKey(onDelete = OnDelete.CASCADE, constraintName = "fk_album_artist") public Ref<Artist> artist;
                    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "+") public Ref<Artist> producer;
                }
                """));
        assertThat(result.errors()).isEmpty();
        assertThat(result.generatedSource("app.Album_"))
                .contains(".dbType(\"text\")", ".dbType(\"timestamp(6)\")", ".constraintName(\"fk_album_artist\")")
                .containsOnlyOnce(".constraintName(");
    }

    @Test
    void anIntegerAutoFieldIsTheImplicitIdsColumnType() throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, Map.of("app/Tag.java", """
                package app;
                @io.aksara.Meta(autoField = io.aksara.Meta.AutoField.INTEGER)
                public class Tag extends io.aksara.Model { @io.aksara.fields.StringField public String name; }
                """));
        assertThat(result.errors()).isEmpty();
        assertThat(result.generatedSource("app.Tag_")).containsOnlyOnce(".dbType(\"INT\")");
    }

    @Test
    void anAutoFieldNeedsTheImplicitId() throws IOException {
        assertThat(errorsOf("@io.aksara.Meta(autoField = io.aksara.Meta.AutoField.INTEGER) public class Bad extends"
                + " io.aksara.Model { @io.aksara.fields.StringField(primaryKey = true) public String code; }"))
                .anySatisfy(e -> assertThat(e).contains(
                        "Bad: @Meta(autoField = INTEGER) sets the column type of the implicit id, but the primary key is code"));
    }

    @Test
    void aConstraintNameIsAPlainName() throws IOException {
        assertThat(errorsOf("public class Bad extends io.aksara.Model { @io.aksara.fields.ForeignKey(constraintName ="
                + " \"fk x; drop\") public io.aksara.Ref<Artist> owner; }"))
                .anySatisfy(e -> assertThat(e).contains("Bad.owner",
                        "constraintName \"fk x; drop\" is not a constraint name Aksara can write"));
    }

    @Test
    void aDbTypeMustHoldTheKindsValues() throws IOException {
        assertThat(errorsOf("public class Bad extends io.aksara.Model {"
                + " @io.aksara.fields.TextField(dbType = \"varchar(10); drop table x\") public String note; }"))
                .anySatisfy(e -> assertThat(e).contains("Bad.note",
                        "@TextField(dbType = \"varchar(10); drop table x\") is not a column type for it",
                        "text, tinytext, mediumtext, longtext or clob"));
        assertThat(errorsOf("public class Bad extends io.aksara.Model {"
                + " @io.aksara.fields.DateTimeField(dbType = \"date\") public java.time.OffsetDateTime at; }"))
                .anySatisfy(e -> assertThat(e).contains("Bad.at", "is not a column type for it", "timestamp, datetime"));
    }

    @Test
    void anEnumFieldsDbTypeIsAPostgresqlTypeName() throws IOException {
        TestCompiler.Result ok = TestCompiler.compile(dir, Map.of("app/Mood.java", "package app;\n"
                + "public class Mood extends io.aksara.Model { public enum Feeling { SAD, OK }"
                + " @io.aksara.fields.EnumField(dbType = \"legacy.feeling\") public Feeling feeling; }\n"));
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.generatedSource("app.Mood_")).contains(".dbType(\"legacy.feeling\")");
        assertThat(errorsOf("public class Bad extends io.aksara.Model { public enum Feeling { SAD }"
                + " @io.aksara.fields.EnumField(dbType = \"mood; drop table x\") public Feeling feeling; }"))
                .anySatisfy(e -> assertThat(e).contains("Bad.feeling",
                        "@EnumField(dbType = \"mood; drop table x\") is not the name of a PostgreSQL enum type"));
    }

    /** Compiles {@code app.Bad} beside a valid {@code app.Artist}; the broken model gets no metamodel. */
    private List<String> errorsOf(String body) throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, Map.of("app/Artist.java", ARTIST, "app/Bad.java",
                "package app;\n" + body + "\n"));
        assertThat(result.success()).isFalse();
        assertThat(result.generatedSource("app.Bad_")).as("no metamodel for a model with errors").isNull();
        return result.errors();
    }
}
