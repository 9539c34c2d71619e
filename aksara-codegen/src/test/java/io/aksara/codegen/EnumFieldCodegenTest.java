package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @EnumField}: the declared enum is the field's Java type, its constants the choices and the column length. */
class EnumFieldCodegenTest {
    @TempDir
    Path dir;

    private static Map<String, String> sources(String field) {
        return Map.of("app/Job.java", """
                package app;
                import io.aksara.fields.EnumField;
                public class Job extends io.aksara.Model {
                    public enum State { NEW, RUNNING, DONE_WITH_ERRORS }
                """ + field + "\n}\n");
    }

    @Test
    void theDeclaredEnumIsTheTypeAndItsConstantsTheChoices() throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, sources("    @EnumField public State state;"));
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(result.generatedSource("app.Job_"))
                .contains("FieldKinds.get(io.aksara.kinds.EnumKind.class), Job.State.class)")
                .contains(".maxLength(16)")
                .contains("\"NEW\", \"RUNNING\", \"DONE_WITH_ERRORS\"")
                .contains("FieldPath<Job, Job.State> state");
    }

    @Test
    void anEnumFieldOnANonEnumIsACompileError() throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, sources("    @EnumField public String state;"));
        assertThat(result.success()).isFalse();
        assertThat(result.errors()).anySatisfy(e -> assertThat(e)
                .contains("Job.state", "@EnumField needs a field of type enum (any Java enum)", "declared as String"));
    }
}
