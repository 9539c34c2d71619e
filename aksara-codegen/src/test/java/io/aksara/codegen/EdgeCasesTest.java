package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models that are valid but unusual: the generated code must still compile without a single warning. */
class EdgeCasesTest {
    @TempDir
    Path dir;

    private TestCompiler.Result compileClean(Map<String, String> sources) throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, sources);
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING, Diagnostic.Kind.MANDATORY_WARNING))
                .isEmpty();
        return result;
    }

    @Test
    void deprecatedModelsAndFieldsDoNotWarnInGeneratedCode() throws IOException {
        TestCompiler.Result result = compileClean(Map.of(
                "app/Old.java", """
                        package app;
                        @Deprecated
                        public class Old extends io.aksara.Model {
                            @io.aksara.fields.StringField public String name;
                        }
                        """,
                "app/Legacy.java", """
                        package app;
                        public class Legacy extends io.aksara.Model {
                            @Deprecated(forRemoval = true) @io.aksara.fields.StringField public String code;
                        }
                        """));
        assertThat(result.generatedSource("app.Old_")).contains("@SuppressWarnings(\"deprecation\")");
        assertThat(result.generatedSource("app.Legacy_")).contains("@SuppressWarnings(\"removal\")");
    }

    @Test
    void modelNamesThatClashWithImportsOrJavaLangAreQualified() throws IOException {
        TestCompiler.Result result = compileClean(Map.of(
                "app/FieldKinds.java", """
                        package app;
                        public class FieldKinds extends io.aksara.Model {
                            @io.aksara.fields.StringField public java.lang.String label;
                        }
                        """,
                "app/String.java", """
                        package app;
                        /** Shadows java.lang.String inside package app. */
                        public class String {}
                        """));
        assertThat(result.generatedSource("app.FieldKinds_"))
                .contains("ModelMeta.builder(app.FieldKinds.class, app.FieldKinds::new)")
                .contains("FieldMeta.<app.FieldKinds, java.lang.String>builder(\"label\", FieldKinds.get(io.aksara.kinds.StringKind.class), "
                        + "java.lang.String.class)");
    }

    @Test
    void genericAbstractBaseResolvesTheForeignKeyTarget() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("app/Owned.java", """
                package app;
                public abstract class Owned<T extends io.aksara.Model> extends io.aksara.Model {
                    @io.aksara.fields.ForeignKey public io.aksara.Ref<T> owner;
                }
                """);
        sources.put("app/User.java", """
                package app;
                public class User extends io.aksara.Model { @io.aksara.fields.EmailField public String email; }
                """);
        sources.put("app/Note.java", """
                package app;
                public class Note extends Owned<User> { @io.aksara.fields.TextField public String text; }
                """);
        TestCompiler.Result result = compileClean(sources);
        assertThat(result.generatedSource("app.Note_"))
                .contains("FieldMeta.<Note, io.aksara.Ref<User>>builder(\"owner\"")
                .contains(".relation(User.class, io.aksara.fields.OnDelete.CASCADE, null)")
                .contains("RefPath<Note, User> owner");
    }

    @Test
    void onDeleteSetAndSetDefaultCarryTheirValues() throws IOException {
        TestCompiler.Result result = compileClean(Map.of(
                "app/Shelf.java", """
                        package app;
                        public class Shelf extends io.aksara.Model { @io.aksara.fields.StringField public String name; }
                        """,
                "app/Box.java", """
                        package app;
                        import io.aksara.Ref;
                        import io.aksara.fields.*;
                        public class Box extends io.aksara.Model {
                            @ForeignKey(onDelete = OnDelete.SET, onDeleteValue = "1") public Ref<Shelf> shelf;
                            @ForeignKey(onDelete = OnDelete.SET_DEFAULT) @Default("2") public Ref<Shelf> spare;
                        }
                        """));
        assertThat(result.generatedSource("app.Box_"))
                .contains("OnDelete.SET, null)", ".onDeleteValue(\"1\")")
                .contains("OnDelete.SET_DEFAULT, null)", ".explicitDefault(\"2\")");
    }

    @Test
    void rawAndBoundedRefsWithTo() throws IOException {
        TestCompiler.Result result = compileClean(Map.of(
                "app/Link.java", """
                        package app;
                        import io.aksara.Ref;
                        import io.aksara.fields.ForeignKey;
                        public class Link extends io.aksara.Model {
                            @SuppressWarnings("rawtypes")
                            @ForeignKey(to = Link.class, nullable = true, onDelete = io.aksara.fields.OnDelete.SET_NULL)
                            public Ref parent;
                            @ForeignKey(to = Link.class, nullable = true) public Ref<? extends Link> next;
                        }
                        """));
        assertThat(result.generatedSource("app.Link_"))
                .contains("FieldMeta.<Link, io.aksara.Ref<?>>builder(\"parent\"")
                .contains("FieldMeta.<Link, io.aksara.Ref<? extends Link>>builder(\"next\"");
    }

    @Test
    void modelInTheUnnamedPackage() throws IOException {
        TestCompiler.Result result = compileClean(Map.of("Thing.java", """
                public class Thing extends io.aksara.Model { @io.aksara.fields.StringField public String name; }
                """));
        assertThat(result.generatedSource("Thing_")).startsWith("import io.aksara.kinds.FieldKinds;");
        assertThat(Files.readString(result.classes().resolve("META-INF/aksara/models.idx")))
                .isEqualTo("# generated by Aksara\nThing\n");
    }

    @Test
    void modelWithoutOwnAnnotationsIsFoundWhenTheCompilationUsesAksaraAnnotations() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("app/Base.java", """
                package app;
                public abstract class Base extends io.aksara.Model { @io.aksara.fields.StringField public String name; }
                """);
        sources.put("app/Plain.java", "package app;\npublic class Plain extends Base {}\n");
        TestCompiler.Result result = compileClean(sources);
        assertThat(result.generatedSource("app.Plain_")).contains(".field(FieldMeta.<Plain, String>builder(\"name\"");
    }

    @Test
    void incrementalCompilationKeepsEarlierModelsInTheIndex() throws IOException {
        TestCompiler.Result first = compileClean(Map.of("app/A.java", """
                package app;
                public class A extends io.aksara.Model { @io.aksara.fields.StringField public String name; }
                """));
        // a second compilation into the same output, with the first one's classes on the class path
        TestCompiler.Result second = TestCompiler.compile(dir, Map.of("app/B.java", """
                package app;
                public class B extends io.aksara.Model { @io.aksara.fields.StringField public String name; }
                """), System.getProperty("java.class.path") + java.io.File.pathSeparator + first.classes());
        assertThat(second.errors()).isEmpty();
        assertThat(Files.readString(second.classes().resolve("META-INF/aksara/models.idx")))
                .isEqualTo("# generated by Aksara\napp.A\napp.B\n");
    }

    @Test
    void noIndexWithoutModels() throws IOException {
        TestCompiler.Result result = compileClean(Map.of("app/Util.java", "package app;\npublic class Util {}\n"));
        assertThat(result.classes().resolve("META-INF/aksara/models.idx")).doesNotExist();
    }

    @Test
    void processorDeclaration() {
        ModelProcessor processor = new ModelProcessor();
        assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
        // every annotation: a field annotation of the application's own (one carrying @Kind) cannot be listed ahead
        assertThat(processor.getSupportedAnnotationTypes()).containsExactly("*");
        assertThat(ServiceLoader.load(Processor.class, getClass().getClassLoader()).stream())
                .anySatisfy(p -> assertThat(p.type()).isEqualTo(ModelProcessor.class));
    }
}
