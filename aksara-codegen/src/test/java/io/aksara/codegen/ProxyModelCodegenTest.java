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
 * {@code @Meta(proxy = true)}: the metamodel of a proxy names its parent and its concrete model's
 * table, and the errors of Django 6.0 tests/proxy_models/tests.py ({@code test_no_base_classes},
 * {@code test_new_fields}, {@code test_abstract_base_with_model_fields}) are compile errors here.
 */
class ProxyModelCodegenTest {
    @TempDir
    Path dir;

    private static final String PERSON = """
            package app;
            import io.aksara.fields.*;
            @io.aksara.Meta(table = "app_person", ordering = "name")
            public class Person extends io.aksara.Model {
                @StringField public String name;
            }
            """;

    private TestCompiler.Result compile(Map<String, String> sources) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("app/Person.java", PERSON);
        all.putAll(sources);
        return TestCompiler.compile(dir, all);
    }

    @Test
    void aProxyUsesItsConcreteModelsTableAndOrdering() throws IOException {
        TestCompiler.Result result = compile(Map.of(
                "app/MyPerson.java", """
                        package app;
                        @io.aksara.Meta(proxy = true)
                        public class MyPerson extends Person { public boolean special() { return "x".equals(name); } }
                        """,
                "app/MyPersonProxy.java", """
                        package app;
                        @io.aksara.Meta(proxy = true, ordering = "-name")
                        public class MyPersonProxy extends MyPerson {}
                        """));
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(result.generatedSource("app.MyPerson_")).contains(".table(\"app_person\")", ".proxyFor(Person.class)",
                ".ordering(\"name\")");
        assertThat(result.generatedSource("app.MyPersonProxy_")).contains(".table(\"app_person\")",
                ".proxyFor(MyPerson.class)", ".ordering(\"-name\")");
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_no_base_classes
    @Test
    void aProxyNeedsAConcreteBase() throws IOException {
        TestCompiler.Result result = compile(Map.of("app/NoBaseClasses.java", """
                package app;
                @io.aksara.Meta(proxy = true)
                public class NoBaseClasses extends io.aksara.Model {}
                """));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e)
                .contains("Proxy model 'NoBaseClasses' has no non-abstract model base class"));
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_new_fields and
    // test_abstract_base_with_model_fields (here the abstract class sits between the proxy and Person)
    @Test
    void aProxyDeclaresNoFields() throws IOException {
        TestCompiler.Result result = compile(Map.of(
                "app/NoNewFields.java", """
                        package app;
                        @io.aksara.Meta(proxy = true)
                        public class NoNewFields extends Person { @io.aksara.fields.BooleanField public boolean newfield; }
                        """,
                "app/Mixin.java", """
                        package app;
                        public abstract class Mixin extends Person { @io.aksara.fields.StringField public String data; }
                        """,
                "app/NoAbstract.java", """
                        package app;
                        @io.aksara.Meta(proxy = true)
                        public class NoAbstract extends Mixin {}
                        """));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e)
                .contains("Proxy model 'NoNewFields' contains model fields (NoNewFields.newfield)"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e)
                .contains("Proxy model 'NoAbstract' contains model fields (Mixin.data)"));
    }

    @Test
    void aProxyNamesNoTableOrIndex() throws IOException {
        TestCompiler.Result result = compile(Map.of(
                "app/Renamed.java", """
                        package app;
                        @io.aksara.Meta(proxy = true, table = "other", indexes = @io.aksara.Meta.Index({"name"}))
                        public class Renamed extends Person {}
                        """,
                "app/Base.java", """
                        package app;
                        @io.aksara.Meta(proxy = true)
                        public abstract class Base extends Person {}
                        """));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e)
                .contains("Proxy model 'Renamed': @Meta(table = ...) describes a table", "app_person"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("Proxy model 'Renamed': @Meta(indexes = ...)"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e)
                .contains("@Meta(proxy = true) on the abstract class Base has no effect"));
    }
}
