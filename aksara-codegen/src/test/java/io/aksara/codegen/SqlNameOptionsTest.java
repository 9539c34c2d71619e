package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column, table and index names written in annotations go into SQL: one that could end its quotes
 * or the statement is a compile error naming the model or field; a legacy name with spaces or
 * capitals compiles.
 */
class SqlNameOptionsTest {
    @TempDir
    Path dir;

    @Test
    void legacyNamesWithSpacesAndCapitalsCompile() throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, Map.of("app/Line.java", """
                package app;
                import io.aksara.fields.*;
                @io.aksara.Meta(table = "Order Lines", indexes = @io.aksara.Meta.Index(name = "Order Lines by price", value = "unitPrice"))
                public class Line extends io.aksara.Model {
                    @DecimalField(maxDigits = 10, decimalPlaces = 2, dbColumn = "Unit Price") public java.math.BigDecimal unitPrice;
                }
                """));
        assertThat(result.errors()).isEmpty();
        assertThat(result.generatedSource("app.Line_"))
                .contains(".column(\"Unit Price\")", ".table(\"Order Lines\")", "\"Order Lines by price\"");
    }

    @Test
    void aDbColumnCannotEndItsQuotes() throws IOException {
        assertThat(errorsOf("public class Bad extends io.aksara.Model {"
                + " @io.aksara.fields.StringField(maxLength = 5, dbColumn = \"x\\\"; drop table y; --\") public String note; }"))
                .anySatisfy(e -> assertThat(e).contains("Bad.note", "dbColumn \"x\\\"; drop table y; --\"",
                        "contains an SQL comment", "1 to 64 characters"));
        assertThat(errorsOf("public class Bad extends io.aksara.Model {"
                + " @io.aksara.fields.StringField(maxLength = 5, dbColumn = \"x; drop table y\") public String note; }"))
                .anySatisfy(e -> assertThat(e).contains("Bad.note", "contains a semicolon"));
    }

    @Test
    void aTableNameCannotEndTheStatement() throws IOException {
        assertThat(errorsOf("@io.aksara.Meta(table = \"bad; drop table users\") public class Bad extends io.aksara.Model {"
                + " @io.aksara.fields.StringField(maxLength = 5) public String note; }"))
                .anySatisfy(e -> assertThat(e).contains("Bad: @Meta(table = \"bad; drop table users\") contains a semicolon"));
    }

    @Test
    void anIndexNameCannotHoldAComment() throws IOException {
        assertThat(errorsOf("@io.aksara.Meta(indexes = @io.aksara.Meta.Index(name = \"ix /* x */\", value = \"note\"))"
                + " public class Bad extends io.aksara.Model { @io.aksara.fields.StringField(maxLength = 5) public String note; }"))
                .anySatisfy(e -> assertThat(e).contains("Bad: @Meta indexes name \"ix /* x */\" contains an SQL comment"));
        assertThat(errorsOf("@io.aksara.Meta(uniqueTogether = @io.aksara.Meta.Unique(name = \"uq`x\", value = \"note\"))"
                + " public class Bad extends io.aksara.Model { @io.aksara.fields.StringField(maxLength = 5) public String note; }"))
                .anySatisfy(e -> assertThat(e).contains("Bad: @Meta uniqueTogether name \"uq`x\" contains a quotation mark"));
    }

    private List<String> errorsOf(String body) throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, Map.of("app/Bad.java", "package app;\n" + body + "\n"));
        assertThat(result.success()).isFalse();
        assertThat(result.generatedSource("app.Bad_")).as("no metamodel for a model with errors").isNull();
        return result.errors();
    }
}
