package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Meta(primaryKey = {...})}: the metamodel declares the composite key and no implicit id,
 * and every mistake in the declaration is a compile error naming the model and what would be valid.
 */
class CompositeKeyCodegenTest {
    @TempDir
    Path dir;

    private static final String ORDER = """
            package app;
            import io.aksara.fields.*;
            public class Order extends io.aksara.Model { @StringField public String number; }
            """;

    private TestCompiler.Result compile(String lineSource) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("app/Order.java", ORDER);
        all.put("app/Line.java", lineSource);
        return TestCompiler.compile(dir, all);
    }

    private static String line(String meta, String fields) {
        return """
                package app;
                import io.aksara.*;
                import io.aksara.fields.*;
                @Meta(%s)
                public class Line extends Model {
                    @ForeignKey public Ref<Order> order;
                    @IntegerField public int position;
                    %s
                }
                """.formatted(meta, fields);
    }

    private static List<String> errors(TestCompiler.Result result) {
        return result.messages(Diagnostic.Kind.ERROR);
    }

    @Test
    void theMetamodelDeclaresTheKeyInKeyOrderAndNoImplicitId() throws IOException {
        TestCompiler.Result result = compile(line("primaryKey = {\"order\", \"position\"}", ""));
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING)).isEmpty();
        String source = result.generatedSource("app.Line_");
        assertThat(source).contains(".compositeKey(\"order\", \"position\")").doesNotContain("\"id\"");
    }

    @Test
    void aKeyNamingAnUnknownFieldListsTheFields() throws IOException {
        assertThat(errors(compile(line("primaryKey = {\"order\", \"pos\"}", ""))))
                .anySatisfy(m -> assertThat(m).contains("Line: @Meta(primaryKey = \"order\", \"pos\") names \"pos\"",
                        "no field of Line", "Fields: order, position"));
    }

    @Test
    void aNullableKeyFieldIsRefused() throws IOException {
        assertThat(errors(compile(line("primaryKey = {\"order\", \"code\"}", "@StringField(nullable = true) public String code;"))))
                .anySatisfy(m -> assertThat(m).contains("Line.code is nullable", "remove nullable = true"));
    }

    @Test
    void aKeyOfOneFieldOrTheSameFieldTwiceIsRefused() throws IOException {
        assertThat(errors(compile(line("primaryKey = {\"order\"}", ""))))
                .anySatisfy(m -> assertThat(m).contains("needs at least two fields", "primaryKey = true"));
        assertThat(errors(compile(line("primaryKey = {\"order\", \"order\"}", ""))))
                .anySatisfy(m -> assertThat(m).contains("names order twice"));
    }

    @Test
    void aFieldMarkedPrimaryKeyBesideTheCompositeKeyIsRefused() throws IOException {
        assertThat(errors(compile(line("primaryKey = {\"order\", \"position\"}",
                "@BigIntegerField(primaryKey = true) public Long code;"))))
                .anySatisfy(m -> assertThat(m).contains("Line.code is also marked primaryKey = true"));
    }

    private List<String> noteErrors(String noteFields) throws IOException {
        return errors(compileNote(noteFields));
    }

    private TestCompiler.Result compileNote(String noteFields) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("app/Order.java", ORDER);
        all.put("app/Line.java", line("primaryKey = {\"order\", \"position\"}", ""));
        all.put("app/Note.java", """
                package app;
                import io.aksara.*;
                import io.aksara.fields.*;
                public class Note extends Model {
                    %s
                }
                """.formatted(noteFields));
        return TestCompiler.compile(dir, all);
    }

    @Test
    void aForeignKeyToACompositeKeyModelIsMarkedWithItsColumns() throws IOException {
        TestCompiler.Result plain = compileNote("@ForeignKey public Ref<Line> line;");
        assertThat(plain.messages(Diagnostic.Kind.ERROR)).isEmpty();
        assertThat(plain.generatedSource("app.Note_")).contains(".compositeTarget()");
        TestCompiler.Result named = compileNote("@ForeignKey(columns = {\"ord\", \"pos\"}) public Ref<Line> line;");
        assertThat(named.messages(Diagnostic.Kind.ERROR)).isEmpty();
        assertThat(named.generatedSource("app.Note_")).contains(".compositeTarget(\"ord\", \"pos\")");
    }

    @Test
    void aForeignKeyToACompositeKeyOfTheWrongShapeIsRefusedClearly() throws IOException {
        assertThat(noteErrors("@ForeignKey(columns = {\"ord\"}) public Ref<Line> line;"))
                .anySatisfy(m -> assertThat(m).contains("Note.line", "columns names 1 columns", "[order, position]"));
        assertThat(noteErrors("@ForeignKey(onDelete = OnDelete.SET, onDeleteValue = \"1\") public Ref<Line> line;"))
                .anySatisfy(m -> assertThat(m).contains("Note.line", "onDelete = SET writes one key value"));
        assertThat(noteErrors("@ForeignKey(columns = {\"a\", \"b\"}) public Ref<Order> order;"))
                .anySatisfy(m -> assertThat(m).contains("Note.order", "columns is for a foreign key to a model with a composite"));
    }

    @Test
    void aOneToOneKeyToACompositeKeyModelIsRefusedClearly() throws IOException {
        assertThat(compileNote("@OneToOne(columns = {\"ord\", \"pos\"}) public Ref<Line> line;").messages(Diagnostic.Kind.ERROR))
                .isEmpty();
        assertThat(noteErrors("@OneToOne(primaryKey = true) public Ref<Line> line;"))
                .anySatisfy(m -> assertThat(m).contains("Note.line", "Line has a composite primary key", "not supported yet"));
    }

    @Test
    void aManyToManyToACompositeKeyModelGetsAJoinModelWithACompositeForeignKey() throws IOException {
        TestCompiler.Result r = compileNote("@ManyToMany public Many<Line> lines;");
        assertThat(r.messages(Diagnostic.Kind.ERROR)).isEmpty();
        assertThat(r.generatedSource("app.Note_lines"))
                .contains("uniqueTogether = @Meta.Unique({\"note\", \"line\"})", "public Ref<Line> line;");
        assertThat(r.generatedSource("app.Note_lines_")).contains(".compositeTarget()");
    }
}
