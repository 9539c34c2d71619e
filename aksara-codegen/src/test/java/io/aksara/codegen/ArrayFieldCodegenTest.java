package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The array fields: the field's {@code List<E>} must be the list of the kind's element type. */
class ArrayFieldCodegenTest {
    @TempDir
    Path dir;

    private static Map<String, String> sources(String field) {
        return Map.of("app/Post.java", """
                package app;
                import io.aksara.fields.IntegerArrayField;
                import java.util.List;
                public class Post extends io.aksara.Model {
                """ + field + "\n}\n");
    }

    @Test
    void aListOfTheElementTypeGetsAnEqualityPathOfThatList() throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, sources("    @IntegerArrayField public List<Integer> scores;"));
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(result.generatedSource("app.Post_"))
                .contains("FieldKinds.get(io.aksara.kinds.IntegerArrayKind.class)")
                .contains("FieldPath<Post, java.util.List<Integer>> scores");
    }

    @Test
    void aListOfAnotherElementOrARawListIsACompileError() throws IOException {
        TestCompiler.Result strings = TestCompiler.compile(dir, sources("    @IntegerArrayField public List<String> scores;"));
        assertThat(strings.success()).isFalse();
        assertThat(strings.errors()).anySatisfy(e -> assertThat(e)
                .contains("Post.scores", "@IntegerArrayField needs a field of type java.util.List<java.lang.Integer>",
                        "declared as"));
        TestCompiler.Result raw = TestCompiler.compile(dir, sources("    @IntegerArrayField public List scores;"));
        assertThat(raw.success()).isFalse();
    }
}
