package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Model;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways a relation can name its target (by class through {@code Ref<T>}, by name, itself, a
 * model declared later) and {@code @OneToOne}: warning-free compiles and the metadata they give.
 */
class RelationDeclarationTest {
    @TempDir
    Path dir;

    private static final String HEADER = """
            package app;

            import io.aksara.Model;
            import io.aksara.Ref;
            import io.aksara.fields.*;

            """;

    private TestCompiler.Result compile(Map<String, String> bodies) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        bodies.forEach((name, body) -> sources.put("app/" + name + ".java", HEADER + body));
        return TestCompiler.compile(dir, sources);
    }

    @Test
    void targetsByClassByNameSelfAndDeclaredLater() throws Exception {
        TestCompiler.Result result = compile(Map.of(
                "Profile", """
                        public class Profile extends Model {
                            @OneToOne(relatedName = "profile") public Ref<Account> account;
                            @ForeignKey(toModel = "Team", nullable = true, onDelete = OnDelete.SET_NULL) public Ref<?> team;
                            @ForeignKey(toModel = "app.Profile", nullable = true, onDelete = OnDelete.SET_NULL, relatedName = "mentees")
                            public Ref<?> mentor;
                        }
                        """,
                "Account", "public class Account extends Model { @StringField public String name; }\n",
                "Team", "public class Team extends Model { @StringField public String name; }\n"));
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING, Diagnostic.Kind.MANDATORY_WARNING)).isEmpty();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {result.classes().toUri().toURL()}, getClass().getClassLoader())) {
            Class<? extends Model> profile = loader.loadClass("app.Profile").asSubclass(Model.class);
            ModelMeta<? extends Model> meta = ModelRegistry.meta(profile);
            FieldMeta<?, ?> account = meta.field("account");
            assertThat(account.oneToOne()).isTrue();
            assertThat(account.unique()).as("a one-to-one column is unique").isTrue();
            assertThat(account.relatedModel().getName()).isEqualTo("app.Account");
            assertThat(account.column()).isEqualTo("account_id");
            assertThat(meta.field("team").relatedModel().getName()).isEqualTo("app.Team");
            assertThat(meta.field("team").oneToOne()).isFalse();
            assertThat(meta.field("mentor").relatedModel()).isSameAs(profile);
            assertThat(meta.field("mentor").relatedName()).isEqualTo("mentees");
        }
    }

    @Test
    void unknownOrDoubleTargetNamesAreCompileErrors() throws IOException {
        TestCompiler.Result result = compile(Map.of(
                "Bad", """
                        public class Bad extends Model {
                            @ForeignKey(toModel = "Nowhere") public Ref<?> lost;
                            @OneToOne(to = Bad.class, toModel = "Bad") public Ref<?> twice;
                        }
                        """));
        assertThat(result.success()).isFalse();
        assertThat(result.errors()).anySatisfy(e -> assertThat(e)
                .contains("Bad.lost", "@ForeignKey(toModel = \"Nowhere\") names no class", "app.Nowhere"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("Bad.twice", "@OneToOne has both to and toModel"));
    }
}
