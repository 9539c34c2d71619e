package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @BinaryField}: a kind whose value type is an array ({@code byte[]}) is read by the processor. */
class BinaryFieldCodegenTest {
    @TempDir
    Path dir;

    private static Map<String, String> sources(String field) {
        return Map.of("app/Blob.java", """
                package app;
                import io.aksara.fields.BinaryField;
                public class Blob extends io.aksara.Model {
                """ + field + "\n}\n");
    }

    @Test
    void aByteArrayFieldGetsAnEqualityPathAndItsLength() throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, sources("    @BinaryField(maxLength = 32) public byte[] digest;"));
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(result.generatedSource("app.Blob_"))
                .contains("FieldKinds.get(io.aksara.kinds.BinaryKind.class), byte[].class)")
                .contains(".maxLength(32)")
                .contains("FieldPath<Blob, byte[]> digest");
    }

    @Test
    void anotherDeclaredTypeOrANegativeLengthIsACompileError() throws IOException {
        TestCompiler.Result wrongType = TestCompiler.compile(dir, sources("    @BinaryField public Byte[] data;"));
        assertThat(wrongType.success()).isFalse();
        assertThat(wrongType.errors()).anySatisfy(e -> assertThat(e)
                .contains("Blob.data", "@BinaryField needs a field of type byte[]", "declared as"));
        TestCompiler.Result negative = TestCompiler.compile(dir, sources("    @BinaryField(maxLength = -1) public byte[] data;"));
        assertThat(negative.errors()).anySatisfy(e -> assertThat(e).contains("@BinaryField needs maxLength >= 0 (0 = unbounded), got -1"));
    }
}
