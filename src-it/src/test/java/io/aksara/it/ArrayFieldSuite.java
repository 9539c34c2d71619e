package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.errors.FieldError;
import io.aksara.it.models.Post;
import io.aksara.it.models.Post_;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.UnsupportedFeature;
import io.aksara.kinds.IntegerArrayKind;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import io.aksara.schemafirst.InspectDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The array fields on every database: on PostgreSQL arrays round-trip (empty, with NULL elements,
 * a NULL list), update, and filter with {@code contains}, {@code contained_by}, {@code overlap},
 * {@code len}, the index and the slice ({@code scores__0_2}), with the values of Django's {@code postgres_tests/test_array.py} (TestQuerying,
 * rows {@code [1]}, {@code [2]}, {@code [2, 3]}, {@code [20, 30, 40]}, NULL); on the other
 * databases, which have no arrays, the model is refused with a clear error before any SQL.
 */
@OnEveryDatabase
class ArrayFieldSuite {
    @Parameter
    TestDatabase db;

    private MigratedSchema schema;

    @BeforeParameterizedClassInvocation
    void createTables() {
        DatabaseConfig config = db.config();
        Aksara.configure(config);
        if (db.has(Feature.ARRAYS)) {
            schema = MigratedSchema.create(config, Post.class);
        }
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
            schema = null; // the next database's invocation may have no arrays, so no schema
        }
        Aksara.close();
    }

    @BeforeEach
    void empty() {
        if (schema != null) {
            schema.deleteAllRows();
        }
    }

    @Test
    void withoutArraysTheModelIsRefusedBeforeAnySql() {
        assumeTrue(!db.has(Feature.ARRAYS), "this database has arrays");
        assertThatThrownBy(() -> MigratedSchema.create(db.config(), Post.class))
                .isInstanceOf(UnsupportedFeature.class)
                .hasMessageContaining("has no array columns")
                .hasMessageContaining("Post.tags (TextArrayField)")
                .hasMessageContaining("PostgreSQL-only");
        assertThatThrownBy(() -> Post.objects.filter("tags__contains", List.of("java")).fetch())
                .isInstanceOf(UnsupportedFeature.class).hasMessageContaining("Post.tags");
        assertThatThrownBy(() -> Post.objects.create("title", "a", "tags", List.of("java")))
                .isInstanceOf(UnsupportedFeature.class);
        assertThat(tableExists()).as("nothing was created").isFalse();
    }

    @Test
    void withoutArraysMigrateRefusesTheArrayColumnBeforeAnySql() throws IOException {
        assumeTrue(!db.has(Feature.ARRAYS), "this database has arrays");
        Migrations migrations = Migrations.at(Files.createTempDirectory("array-migrations"))
                .models(List.of(ModelRegistry.metaOf(Post.class))).database(db.config());
        migrations.makemigrations(MakeMigrationsOptions.defaults()); // the changelog is the same for every database
        assertThatThrownBy(migrations::migrate)
                .isInstanceOf(UnsupportedFeature.class)
                .hasMessageContaining("has no array columns")
                .hasMessageContaining("column posts.tags TEXT[]")
                .hasMessageContaining("nothing was migrated");
        assertThat(tableExists()).as("nothing was created").isFalse();
    }

    @Test
    void listsRoundTripEmptyWithNullsAndNull() {
        db.assumeFeature(Feature.ARRAYS);
        UUID ref = UUID.fromString("0a9d2f7e-1b52-4c1e-9a8f-3c0d8f6f2b11");
        Post.objects.create("title", "full", "tags", List.of("java", "orm"), "scores", Arrays.asList(1, null, 3),
                "counters", List.of(5_000_000_000L), "refs", List.of(ref));
        Post.objects.create("title", "empty", "tags", List.of());
        Post full = Post.objects.get("title", "full");
        assertThat(full.tags).containsExactly("java", "orm");
        assertThat(full.scores).containsExactly(1, null, 3);
        assertThat(full.counters).containsExactly(5_000_000_000L);
        assertThat(full.refs).containsExactly(ref);
        Post empty = Post.objects.get("title", "empty");
        assertThat(empty.tags).isEmpty();
        assertThat(empty.scores).isNull();
        assertThat(Post.objects.filter("scores__isnull", true).count()).isEqualTo(1);
        assertThat(Post.objects.filter("tags", List.of("java", "orm")).count()).isEqualTo(1);
    }

    @Test
    void saveAndUpdateWriteTheWholeList() {
        db.assumeFeature(Feature.ARRAYS);
        Post p = Post.objects.create("title", "p", "tags", List.of("a"));
        p.tags = new ArrayList<>(List.of("a", "b"));
        p.save();
        assertThat(Post.objects.get("title", "p").tags).containsExactly("a", "b");
        assertThat(Post.objects.filter("title", "p").update("scores", List.of(7, 8))).isEqualTo(1);
        assertThat(Post.objects.get("title", "p").scores).containsExactly(7, 8);
        Post.objects.filter("title", "p").update("scores", null);
        assertThat(Post.objects.get("title", "p").scores).isNull();
    }

    // Django 6.0 tests/postgres_tests/test_array.py TestQuerying.test_contained_by, test_contains,
    // test_overlap, test_len, test_exact, test_isnull (the same rows and the same slices of objs)
    @Test
    void lookupsFollowDjangosTestQuerying() {
        db.assumeFeature(Feature.ARRAYS);
        djangoRows();
        assertThat(titles(Post.objects.filter("scores__contained_by", List.of(1, 2)).orderBy("title").fetch()))
                .containsExactly("0", "1"); // test_contained_by: objs[:2]
        assertThat(titles(Post.objects.filter("scores__contains", List.of(2)).orderBy("title").fetch()))
                .containsExactly("1", "2"); // test_contains: objs[1:3]
        assertThat(titles(Post.objects.filter("scores__overlap", List.of(1, 2)).orderBy("title").fetch()))
                .containsExactly("0", "1", "2"); // test_overlap: objs[0:3]
        assertThat(titles(Post.objects.filter("scores__len__lte", 2).orderBy("title").fetch()))
                .containsExactly("0", "1", "2"); // test_len: objs[0:3]
        assertThat(titles(Post.objects.filter("scores", List.of(1)).fetch())).containsExactly("0"); // test_exact
        assertThat(titles(Post.objects.filter("scores__isnull", true).fetch())).containsExactly("4"); // test_isnull
        assertThat(titles(Post.objects.filter("scores__len", 3).fetch())).containsExactly("3");
    }

    // Django 6.0 tests/postgres_tests/test_array.py TestQuerying.test_index, test_index_chained
    @Test
    void indexTransformCountsFromZero() {
        db.assumeFeature(Feature.ARRAYS);
        djangoRows();
        assertThat(titles(Post.objects.filter("scores__0", 2).orderBy("title").fetch()))
                .containsExactly("1", "2"); // test_index: objs[1:3]
        assertThat(titles(Post.objects.filter("scores__0__lt", 3).orderBy("title").fetch()))
                .containsExactly("0", "1", "2"); // test_index_chained: objs[0:3]
        assertThat(titles(Post.objects.filter("scores__2", 40).fetch())).containsExactly("3");
        assertThat(Post.objects.filter("scores__5__isnull", false).count()).as("past the end is NULL").isZero();
        assertThatThrownBy(() -> Post.objects.filter("scores__0", "two").fetch()).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Post.objects.filter("scores__first", 2).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("first");
    }

    // Django 6.0 tests/postgres_tests/test_array.py TestQuerying.test_slice
    @Test
    void test_slice() {
        db.assumeFeature(Feature.ARRAYS);
        djangoRows();
        assertThat(titles(Post.objects.filter("scores__0_1", List.of(2)).orderBy("title").fetch())).containsExactly("1", "2"); // objs[1:3]
        assertThat(titles(Post.objects.filter("scores__0_2", List.of(2, 3)).fetch())).containsExactly("2"); // objs[2:3]
    }

    /** A slice is an array of the same elements: the array lookups, the index and len follow it. */
    @Test
    void aSliceTakesTheArrayLookups() {
        db.assumeFeature(Feature.ARRAYS);
        djangoRows();
        assertThat(titles(Post.objects.filter("scores__1_3__contains", List.of(30)).fetch())).containsExactly("3");
        assertThat(titles(Post.objects.filter("scores__0_2__contained_by", List.of(2, 3)).orderBy("title").fetch()))
                .containsExactly("1", "2");
        assertThat(titles(Post.objects.filter("scores__1_3__overlap", List.of(3, 40)).orderBy("title").fetch()))
                .containsExactly("2", "3");
        assertThat(titles(Post.objects.filter("scores__0_2__len", 2).orderBy("title").fetch())).containsExactly("2", "3");
        assertThat(titles(Post.objects.filter("scores__1_3__0", 30).fetch())).containsExactly("3");
        assertThatThrownBy(() -> Post.objects.filter("scores__0_2__contains", List.of("two")).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("a List of Integer");
        assertThatThrownBy(() -> Post.objects.filter("scores__0_2", 2).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("a List");
    }

    // Django 6.0 tests/postgres_tests/test_array.py TestQuerying.test_unsupported_lookup
    @Test
    void test_unsupported_lookup() {
        db.assumeFeature(Feature.ARRAYS);
        // Django: "Unsupported lookup '0_bar' for ArrayField or join on the field not permitted."
        assertThatThrownBy(() -> Post.objects.filter("scores__0_bar", List.of(2)).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("0_bar");
        assertThatThrownBy(() -> Post.objects.filter("scores__0bar", List.of(2)).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("0bar");
    }

    // Django 6.0 tests/postgres_tests/test_array.py TestQuerying.test_usage_in_subquery
    @Test
    void test_usage_in_subquery() {
        db.assumeFeature(Feature.ARRAYS);
        djangoRows();
        assertThat(titles(Post.objects.filter("id__in", Post.objects.filter("scores__len", 3)).fetch())).containsExactly("3");
    }

    // Django 6.0 tests/postgres_tests/test_array.py TestQuerying.test_len_empty_array
    @Test
    void anEmptyArrayHasLengthZero() {
        db.assumeFeature(Feature.ARRAYS);
        Post.objects.create("title", "e", "scores", List.of()); // test_len_empty_array
        Post.objects.create("title", "n");
        assertThat(titles(Post.objects.filter("scores__len", 0).fetch())).containsExactly("e");
    }

    // Django 6.0 tests/postgres_tests/test_array.py TestQuerying.test_contains_charfield, test_contained_by_charfield
    @Test
    void textContainsOnAnArrayIsElementContainmentNotSubstring() {
        db.assumeFeature(Feature.ARRAYS);
        Post.objects.create("title", "t", "tags", List.of("redwood", "blue"));
        assertThat(Post.objects.filter("tags__contains", List.of("red")).count()).isZero();
        assertThat(Post.objects.filter("tags__contains", List.of("redwood")).count()).isEqualTo(1);
        assertThat(Post.objects.filter("title__contains", "t").count()).as("a text field's contains is unchanged").isEqualTo(1);
        // test_contains_charfield / test_contained_by_charfield: no row has 'text'
        assertThat(Post.objects.filter("tags__contains", List.of("text")).count()).isZero();
        assertThat(Post.objects.filter("tags__contained_by", List.of("text")).count()).isZero();
    }

    @Test
    void wrongValuesAreRefusedBeforeAnySql() {
        db.assumeFeature(Feature.ARRAYS);
        assertThatThrownBy(() -> Post.objects.filter("scores__contains", 2).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("scores").hasMessageContaining("a List");
        assertThatThrownBy(() -> Post.objects.filter("scores__contains", List.of("two")).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("a List of Integer");
        assertThatThrownBy(() -> Post.objects.create("title", "x", "tags", List.of(1)))
                .isInstanceOf(FieldError.class).hasMessageContaining("tags").hasMessageContaining("a List of String");
        assertThatThrownBy(() -> Post.objects.filter("scores__icontains", "2").fetch()).isInstanceOf(FieldError.class);
        assertThat(Post.objects.count()).isZero();
    }

    @Test
    void migrationsWriteArrayColumns() throws IOException, SQLException {
        db.assumeFeature(Feature.ARRAYS);
        assertThat(Post_.META.field("scores").kind()).isInstanceOf(IntegerArrayKind.class);
        assertThat(Post_.META.field("scores").type()).isEqualTo(FieldType.ARRAY);
        Path dir = Files.createTempDirectory("array-migrations");
        Migrations migrations = Migrations.at(dir).models(List.of(ModelRegistry.metaOf(Post.class)));
        migrations.makemigrations(MakeMigrationsOptions.defaults());
        String migration;
        try (Stream<Path> files = Files.list(dir)) {
            migration = Files.readString(files.filter(p -> p.getFileName().toString().startsWith("0001")).findFirst().orElseThrow());
        }
        assertThat(migration).containsPattern("name: \"tags\"\\s+type: \"TEXT\\[]\"")
                .containsPattern("name: \"scores\"\\s+type: \"INTEGER\\[]\"")
                .containsPattern("name: \"counters\"\\s+type: \"BIGINT\\[]\"")
                .containsPattern("name: \"refs\"\\s+type: \"UUID\\[]\"");
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection();
                ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, "posts", "scores")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("TYPE_NAME")).isEqualTo("_int4"); // PostgreSQL's name of integer[]
        }
    }

    @Test
    void inspectdbReadsArrayColumnsAsArrayFields() throws SQLException {
        db.assumeFeature(Feature.ARRAYS);
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection()) {
            String source = InspectDb.of(c).packageName("legacy").tables("posts").inspect().sources().get("Post.java");
            assertThat(source).contains("import java.util.List;").contains("import java.util.UUID;")
                    .contains("@TextArrayField public List<String> tags;")
                    .contains("@IntegerArrayField(nullable = true) public List<Integer> scores;")
                    .contains("@BigIntegerArrayField(nullable = true) public List<Long> counters;")
                    .contains("@UuidArrayField(nullable = true) public List<UUID> refs;");
        }
    }

    /** Django's TestQuerying rows, titled by their index in {@code objs}. */
    private static void djangoRows() {
        List<List<Integer>> rows = Arrays.asList(List.of(1), List.of(2), List.of(2, 3), List.of(20, 30, 40), null);
        for (int i = 0; i < rows.size(); i++) {
            Post.objects.create("title", String.valueOf(i), "scores", rows.get(i));
        }
    }

    private boolean tableExists() {
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase("posts")) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> titles(List<Post> posts) {
        return posts.stream().map(p -> p.title).toList();
    }
}
