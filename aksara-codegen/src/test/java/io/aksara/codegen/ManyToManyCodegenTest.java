package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Many;
import io.aksara.Model;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ManyToManyMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @ManyToMany}: the generated join models (golden file, names, tables), their metamodels
 * from the next round and their place in the index, the relation metadata at run time, all under
 * {@code -Xlint:all -Werror}; and the mistakes that are compile errors.
 */
class ManyToManyCodegenTest {
    static final String[] DOMAIN = {"social/Post", "social/Tag", "social/Person", "social/Club", "social/Membership"};

    @TempDir
    static Path dir;

    @TempDir
    Path errorDir;

    static TestCompiler.Result result;

    @BeforeAll
    static void compile() throws IOException {
        result = TestCompiler.compile(dir, TestCompiler.samples(DOMAIN));
    }

    @Test
    void compilesWithoutWarningsOrErrors() {
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING, Diagnostic.Kind.MANDATORY_WARNING))
                .isEmpty();
        assertThat(result.success()).isTrue();
    }

    @Test
    void joinModelMatchesTheGoldenFile() throws IOException {
        String expected = TestCompiler.resource("golden/Post_tags.java.txt");
        String actual = Files.readString(result.generated().resolve("social/Post_tags.java"), StandardCharsets.UTF_8);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void joinModelsGetTheirOwnMetamodelInTheNextRound() throws IOException {
        for (String name : List.of("social.Post_tags_", "social.Person_friends_", "social.Person_following_")) {
            assertThat(result.generatedSource(name)).as(name).isNotNull();
            assertThat(result.classes().resolve(name.replace('.', '/') + ".class")).as(name).exists();
        }
        assertThat(result.generatedSource("social.Club_members")).as("a through model of one's own").isNull();
    }

    @Test
    void selfRelationsNameTheirKeysFromAndTo() throws IOException {
        assertThat(result.generatedSource("social.Person_friends"))
                .contains("@Meta(table = \"friendships\", uniqueTogether = @Meta.Unique({\"fromPerson\", \"toPerson\"}))")
                .contains("public Ref<Person> fromPerson;").contains("public Ref<Person> toPerson;");
        assertThat(result.generatedSource("social.Person_following")).contains("@Meta(table = \"people_following\"");
    }

    @Test
    void ownerMetamodelDescribesTheRelationAndItsPath() throws IOException {
        assertThat(result.generatedSource("social.Post_"))
                .contains(".manyToMany(ManyToManyMeta.<Post, Tag>builder(\"tags\", Tag.class)")
                .contains(".through(Post_tags.class, \"post\", \"tag\", true)")
                .contains(".relatedName(\"posts\")")
                .contains(".holder((m, v) -> m.tags = v).build())")
                .contains("public static final ManyPath<Post, Tag> tags = new ManyPath<>(\"tags\");");
        assertThat(result.generatedSource("social.Club_"))
                .contains(".through(Membership.class, \"club\", \"person\", false)");
        assertThat(result.generatedSource("social.Person_"))
                .contains(".through(Person_friends.class, \"fromPerson\", \"toPerson\", true)\n"
                        + "                            .symmetrical(true)");
    }

    @Test
    void indexListsTheJoinModels() throws IOException {
        String index = Files.readString(result.classes().resolve("META-INF/aksara/models.idx"));
        assertThat(index.lines().toList()).contains("social.Post_tags", "social.Person_friends",
                "social.Person_following", "social.Membership", "social.Post");
    }

    @Test
    void runtimeMetadataAndBoundManagers() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {result.classes().toUri().toURL()},
                getClass().getClassLoader())) {
            Class<? extends Model> post = loader.loadClass("social.Post").asSubclass(Model.class);
            ModelMeta<? extends Model> meta = ModelRegistry.metaOf(post);
            ManyToManyMeta<?, ?> tags = meta.findManyToMany("tags");
            assertThat(tags).isNotNull();
            assertThat(meta.findField("tags")).as("not a column").isNull();
            assertThat(tags.targetType().getName()).isEqualTo("social.Tag");
            assertThat(tags.through().table()).isEqualTo("posts_tags");
            assertThat(tags.autoCreated()).isTrue();
            assertThat(tags.reverseName()).isEqualTo("posts");
            FieldMeta<?, ?> source = tags.sourceField();
            assertThat(source.column()).isEqualTo("post_id");
            assertThat(source.relatedModel()).isEqualTo(post);
            assertThat(source.onDelete()).isEqualTo(io.aksara.fields.OnDelete.CASCADE);
            assertThat(ModelRegistry.reverseHidden(source)).isTrue();
            assertThat(tags.targetField().column()).isEqualTo("tag_id");
            assertThat(tags.through().indexes()).singleElement()
                    .satisfies(i -> assertThat(i.unique()).isTrue());

            Model instance = post.getDeclaredConstructor().newInstance();
            Object holder = post.getField("tags").get(instance);
            assertThat(holder).isInstanceOf(Many.class);
            assertThat(((Many<?>) holder).type().getName()).isEqualTo("social.Tag");

            Class<? extends Model> person = loader.loadClass("social.Person").asSubclass(Model.class);
            ManyToManyMeta<?, ?> friends = ModelRegistry.metaOf(person).findManyToMany("friends");
            assertThat(friends.symmetrical()).isTrue();
            assertThat(friends.reverseHidden()).isTrue();
            assertThat(ModelRegistry.metaOf(person).findManyToMany("following").symmetrical()).isFalse();
        }
    }

    @Test
    void nestedOwnersAndSelfThroughModelsCompileCleanly() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("app/Outer.java", IMPORTS + """
                public class Outer {
                    public static class Post extends Model {
                        @ManyToMany public Many<other.Label> labels;
                    }
                    public static class Node extends Model {
                        @ManyToMany(through = Edge.class, symmetrical = false, relatedName = "parents")
                        public Many<Node> children;
                    }
                    public static class Edge extends Model {
                        @ForeignKey(relatedName = "outgoing") public Ref<Node> from;
                        @ForeignKey(relatedName = "incoming") public Ref<Node> to;
                        @IntegerField public int weight = 1;
                    }
                }
                """);
        sources.put("other/Label.java", """
                package other;

                public class Label extends io.aksara.Model {
                    @io.aksara.fields.StringField public String name;
                }
                """);
        TestCompiler.Result r = TestCompiler.compile(errorDir, sources);
        assertThat(r.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING, Diagnostic.Kind.MANDATORY_WARNING)).isEmpty();
        assertThat(r.generatedSource("app.Outer_Post_labels"))
                .contains("public final class Outer_Post_labels extends Model {")
                .contains("@Meta(table = \"posts_labels\", uniqueTogether = @Meta.Unique({\"post\", \"label\"}))")
                .contains("public Ref<Outer.Post> post;").contains("public Ref<other.Label> label;");
        assertThat(r.generatedSource("app.Outer_Post_labels_")).isNotNull();
        assertThat(r.generatedSource("app.Outer_Node_"))
                .contains(".through(Outer.Edge.class, \"from\", \"to\", false)");
    }

    @Test
    void fieldNamesForModelNames() {
        assertThat(ManyToManyScanner.fieldName("Post")).isEqualTo("post");
        assertThat(ManyToManyScanner.fieldName("UserProfile")).isEqualTo("userProfile");
        assertThat(ManyToManyScanner.fieldName("URLSet")).isEqualTo("urlSet");
        assertThat(ManyToManyScanner.fieldName("URL")).isEqualTo("url");
        assertThat(ManyToManyScanner.fieldName("Case")).isEqualTo("case_");
    }

    // ---- mistakes ----

    private static final String IMPORTS = """
            package app;

            import io.aksara.Many;
            import io.aksara.Model;
            import io.aksara.Ref;
            import io.aksara.fields.*;

            """;

    private List<String> errors(String body) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("app/Bad.java", IMPORTS + body);
        sources.put("app/Target.java", IMPORTS + "public class Target extends Model { @StringField public String name; }\n");
        TestCompiler.Result r = TestCompiler.compile(errorDir, sources);
        assertThat(r.success()).isFalse();
        assertThat(r.generatedSource("app.Bad_")).as("no metamodel for a model with errors").isNull();
        return r.errors();
    }

    private void assertError(String body, String... fragments) throws IOException {
        assertThat(errors(body)).anySatisfy(e -> assertThat(e).contains(fragments));
    }

    @Test
    void throughMustBeAConcreteModel() throws IOException {
        assertError("""
                public class Bad extends Model {
                    @ManyToMany(through = Base.class) public Many<Target> targets;
                    public abstract static class Base extends Model {}
                }
                """, "Bad.targets", "through = Bad.Base.class must be a concrete model", "is abstract");
    }

    @Test
    void ambiguousThroughNeedsThroughFields() throws IOException {
        assertError("""
                public class Bad extends Model {
                    @ManyToMany(through = Link.class) public Many<Target> targets;
                    public static class Link extends Model {
                        @ForeignKey public Ref<Bad> bad;
                        @ForeignKey(relatedName = "a") public Ref<Target> first;
                        @ForeignKey(relatedName = "b") public Ref<Target> second;
                    }
                }
                """, "Bad.targets", "Bad.Link has 2 foreign keys (first, second) to Target", "throughFields");
    }

    @Test
    void throughWithoutAForeignKeyToTheOwner() throws IOException {
        assertError("""
                public class Bad extends Model {
                    @ManyToMany(through = Link.class) public Many<Target> targets;
                    public static class Link extends Model {
                        @ForeignKey public Ref<Target> target;
                    }
                }
                """, "Bad.Link has no foreign key to Bad", "add a @ForeignKey to Bad");
    }

    @Test
    void throughFieldsMustNameForeignKeysToEachSide() throws IOException {
        assertError("""
                public class Bad extends Model {
                    @ManyToMany(through = Link.class, throughFields = {"bad", "tagret"}) public Many<Target> targets;
                    public static class Link extends Model {
                        @ForeignKey public Ref<Bad> bad;
                        @ForeignKey public Ref<Target> target;
                    }
                }
                """, "throughFields names \"tagret\", which is no foreign key of Bad.Link", "bad, target");
        assertError("""
                public class Bad extends Model {
                    @ManyToMany(through = Link.class, throughFields = {"target", "bad"}) public Many<Target> targets;
                    public static class Link extends Model {
                        @ForeignKey public Ref<Bad> bad;
                        @ForeignKey public Ref<Target> target;
                    }
                }
                """, "throughFields names Bad.Link.target, which points to Target, not to Bad");
    }

    @Test
    void targetMustBeAConcreteModel() throws IOException {
        assertError("""
                public class Bad extends Model {
                    @ManyToMany public Many<Base> bases;
                    public abstract static class Base extends Model {}
                }
                """, "Bad.bases", "@ManyToMany needs a concrete model as target", "is abstract");
    }

    @Test
    void fieldMustBeAMany() throws IOException {
        assertError("""
                public class Bad extends Model {
                    @ManyToMany public java.util.List<Target> targets;
                }
                """, "Bad.targets", "needs a field of type io.aksara.Many<T>", "java.util.List<app.Target>");
    }

    @Test
    void dbTableBelongsToTheGeneratedJoinModel() throws IOException {
        assertError("""
                public class Bad extends Model {
                    @ManyToMany(through = Link.class, dbTable = "links") public Many<Target> targets;
                    public static class Link extends Model {
                        @ForeignKey public Ref<Bad> bad;
                        @ForeignKey public Ref<Target> target;
                    }
                }
                """, "dbTable names the generated join table", "@Meta(table = ...) on Bad.Link");
    }

    @Test
    void notAColumnAnnotation() throws IOException {
        assertError("""
                public class Bad extends Model {
                    @ManyToMany @StringField public Many<Target> targets;
                }
                """, "has both @ManyToMany and @StringField");
    }

    @Test
    void finalOrStaticFieldsCannotBeBound() throws IOException {
        assertError("""
                public class Bad extends Model {
                    @ManyToMany public static Many<Target> targets;
                }
                """, "Bad.targets: a @ManyToMany field must be neither static nor final");
    }

    @Test
    void onANonModelItHasNoEffect() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("app/Plain.java", IMPORTS + "public class Plain { @ManyToMany public Many<Target> targets; }\n");
        sources.put("app/Target.java", IMPORTS + "public class Target extends Model { @StringField public String name; }\n");
        TestCompiler.Result r = TestCompiler.compile(errorDir, sources);
        assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains("@ManyToMany on Plain.targets has no effect"));
    }
}
