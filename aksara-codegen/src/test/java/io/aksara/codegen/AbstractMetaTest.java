package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An abstract base model's {@code @Meta} passes on to its subclasses, as a Django abstract model's
 * {@code Meta} does: each option a subclass leaves unset comes from the nearest abstract base.
 */
class AbstractMetaTest {
    @TempDir
    Path dir;

    private static final String BASE = """
            package app;
            import io.aksara.Meta;
            import io.aksara.fields.*;
            @Meta(ordering = {"-age", "name"}, uniqueTogether = @Meta.Unique({"name", "age"}), indexes = @Meta.Index({"age"}))
            public abstract class Person extends io.aksara.Model {
                @StringField public String name;
                @IntegerField public int age;
            }
            """;

    private TestCompiler.Result compile(Map<String, String> sources) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("app/Person.java", BASE);
        all.putAll(sources);
        return TestCompiler.compile(dir, all);
    }

    @Test
    void aSubclassWithoutMetaInheritsOrderingConstraintsAndIndexes() throws IOException {
        TestCompiler.Result result = compile(Map.of("app/Student.java", """
                package app;
                public class Student extends Person { @io.aksara.fields.StringField public String school; }
                """));
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING)).isEmpty();
        String source = result.generatedSource("app.Student_");
        assertThat(source).contains(".table(\"students\")", ".ordering(\"-age\", \"name\")",
                ".uniqueTogether(null, \"name\", \"age\")", ".index(null, \"age\")");
    }

    @Test
    void aSubclassOptionOverridesTheBaseOnlyForThatOption() throws IOException {
        TestCompiler.Result result = compile(Map.of("app/Worker.java", """
                package app;
                @io.aksara.Meta(table = "app_worker", ordering = "name")
                public class Worker extends Person {}
                """));
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING)).isEmpty();
        String source = result.generatedSource("app.Worker_");
        assertThat(source).contains(".table(\"app_worker\")", ".ordering(\"name\")", ".uniqueTogether(null, \"name\", \"age\")")
                .doesNotContain("\"-age\"");
    }

    @Test
    void theNearestAbstractBaseWins() throws IOException {
        TestCompiler.Result result = compile(Map.of("app/Adult.java", """
                package app;
                @io.aksara.Meta(ordering = "age")
                public abstract class Adult extends Person {}
                """, "app/Voter.java", """
                package app;
                public class Voter extends Adult {}
                """));
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(result.generatedSource("app.Voter_")).contains(".ordering(\"age\")", ".index(null, \"age\")");
    }

    @Test
    void anInheritedOrderingIsCheckedAgainstTheSubclass() throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, Map.of("app/Base.java", """
                package app;
                @io.aksara.Meta(ordering = "rank")
                public abstract class Base extends io.aksara.Model {}
                """, "app/Leaf.java", """
                package app;
                public class Leaf extends Base { @io.aksara.fields.StringField public String name; }
                """));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("Leaf: @Meta ordering \"rank\" names no field",
                "inherited from the @Meta of the abstract class Base"));
    }

    @Test
    void aTableOrAnIndexNameOnAnAbstractBaseIsRefused() throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, Map.of("app/Base.java", """
                package app;
                @io.aksara.Meta(table = "shared", indexes = @io.aksara.Meta.Index(value = "name", name = "ix_name"))
                public abstract class Base extends io.aksara.Model { @io.aksara.fields.StringField public String name; }
                """));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("@Meta(table = ...) on the abstract class Base",
                "would give every subclass the same table"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("@Meta indexes name \"ix_name\"",
                "leave the name empty"));
    }

    @Test
    void aRelatedNameOnAnAbstractBaseNamesEachSubclass() throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, Map.of("app/Post.java", """
                package app;
                public class Post extends io.aksara.Model { @io.aksara.fields.StringField public String title; }
                """, "app/Attachment.java", """
                package app;
                public abstract class Attachment extends io.aksara.Model {
                    @io.aksara.fields.ForeignKey(relatedName = "attached_%(app_label)s_%(class)ss")
                    public io.aksara.Ref<Post> post;
                }
                """, "app/Comment.java", "package app;\npublic class Comment extends Attachment {}\n",
                "app/Link.java", "package app;\npublic class Link extends Attachment {}\n"));
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(result.generatedSource("app.Comment_")).contains("\"attached_app_comments\"");
        assertThat(result.generatedSource("app.Link_")).contains("\"attached_app_links\"");
    }
}
