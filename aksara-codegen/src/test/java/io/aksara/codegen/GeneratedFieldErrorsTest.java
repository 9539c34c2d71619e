package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @GeneratedField} at compile time: a valid one reaches the metamodel; a misspelt field name
 * in its expression, a missing field annotation, a default beside it or a key is a compile error
 * naming the model and the field.
 */
class GeneratedFieldErrorsTest {
    @TempDir
    Path dir;

    private static final String HEADER = """
            package app;

            import io.aksara.Model;
            import io.aksara.Ref;
            import io.aksara.fields.*;
            import java.math.BigDecimal;

            """;

    private TestCompiler.Result compile(String body) throws IOException {
        return TestCompiler.compile(dir, Map.of("app/Line.java", HEADER + body));
    }

    private void assertError(String body, String... fragments) throws IOException {
        TestCompiler.Result result = compile(body);
        assertThat(result.success()).isFalse();
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains(fragments));
    }

    @Test
    void aValidExpressionReachesTheMetamodel() throws IOException {
        TestCompiler.Result result = compile("""
                public class Line extends Model {
                    @IntegerField public int quantity;
                    @DecimalField(maxDigits = 10, decimalPlaces = 2) public BigDecimal unitPrice;
                    @DecimalField(maxDigits = 12, decimalPlaces = 2)
                    @GeneratedField(expression = "unitPrice * quantity") public BigDecimal total;
                    @IntegerField(nullable = true)
                    @GeneratedField(expression = "case when quantity > 0 then cast(quantity as integer) else null end", stored = false)
                    public Integer positive;
                }
                """);
        assertThat(result.errors()).isEmpty();
        assertThat(result.generatedSource("app.Line_")).contains(".generatedAs(\"unitPrice * quantity\", true)")
                .contains(", false)");
    }

    @Test
    void aNameThatIsNoFieldIsACompileErrorListingTheFields() throws IOException {
        assertError("""
                public class Line extends Model {
                    @IntegerField public int quantity;
                    @IntegerField(nullable = true) @GeneratedField(expression = "quantty * 2") public Integer twice;
                }
                """, "Line.twice: @GeneratedField the expression 'quantty * 2' names 'quantty', which is no field",
                "fields: ", "quantity, twice");
    }

    @Test
    void itNeedsAFieldAnnotationForItsType() throws IOException {
        assertError("public class Line extends Model { @GeneratedField(expression = \"1\") public Integer one; }",
                "Line.one", "@GeneratedField needs a field annotation", "output_field");
    }

    @Test
    void itTakesNoDefaultAndIsNoKey() throws IOException {
        assertError("public class Line extends Model { @IntegerField @DbDefault(\"1\") @GeneratedField(expression = \"2\") public Integer n; }",
                "Line.n", "@GeneratedField takes no @Default or @DbDefault");
        assertError("public class Line extends Model { @IntegerField(primaryKey = true) @GeneratedField(expression = \"2\") public Integer n; }",
                "Line.n", "@GeneratedField cannot be a primary key or a relation");
        assertError("public class Line extends Model { @IntegerField @GeneratedField(expression = \" \") public Integer n; }",
                "Line.n", "@GeneratedField needs the expression");
    }
}
