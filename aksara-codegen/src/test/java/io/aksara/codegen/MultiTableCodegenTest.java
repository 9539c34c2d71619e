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
 * Multi-table inheritance: a model that extends a concrete model keeps its own fields in its own
 * table, and its primary key is the one-to-one link to the parent's row, named as Django names it.
 */
class MultiTableCodegenTest {
    @TempDir
    Path dir;

    private static final String PLACE = """
            package app;
            import io.aksara.fields.*;
            @io.aksara.Meta(ordering = "name")
            public class Place extends io.aksara.Model {
                @StringField public String name;
            }
            """;

    private TestCompiler.Result compile(Map<String, String> sources) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("app/Place.java", PLACE);
        all.putAll(sources);
        return TestCompiler.compile(dir, all);
    }

    @Test
    void aChildHasItsOwnFieldsAndTheLinkToItsParentAsKey() throws IOException {
        TestCompiler.Result result = compile(Map.of(
                "app/Restaurant.java", """
                        package app;
                        public class Restaurant extends Place { @io.aksara.fields.BooleanField public boolean servesPizza; }
                        """,
                "app/ItalianRestaurant.java", """
                        package app;
                        @io.aksara.Meta(ordering = "-servesGnocchi")
                        public class ItalianRestaurant extends Restaurant { @io.aksara.fields.BooleanField public boolean servesGnocchi; }
                        """));
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING)).isEmpty();
        String restaurant = result.generatedSource("app.Restaurant_");
        assertThat(restaurant).contains(".table(\"restaurants\")", ".parentLink(\"placePtr\")", ".ordering(\"name\")",
                "builder(\"placePtr\"", ".column(\"place_ptr_id\").primaryKey(true)",
                ".relation(Place.class, io.aksara.fields.OnDelete.CASCADE, null).oneToOne(true)", "builder(\"servesPizza\"");
        assertThat(restaurant).doesNotContain("builder(\"name\"", "builder(\"id\"");
        String italian = result.generatedSource("app.ItalianRestaurant_");
        assertThat(italian).contains(".parentLink(\"restaurantPtr\")", ".column(\"restaurant_ptr_id\")",
                ".relation(Restaurant.class", ".ordering(\"-servesGnocchi\")");
        assertThat(italian).doesNotContain("builder(\"servesPizza\"");
    }

    @Test
    void aChildDeclaresNoKeyOfItsOwn() throws IOException {
        TestCompiler.Result result = compile(Map.of("app/Keyed.java", """
                package app;
                public class Keyed extends Place { @io.aksara.fields.StringField(primaryKey = true) public String code; }
                """));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e)
                .contains("Keyed.code: a model that extends the concrete model Place has the key placePtr"));
    }

    @Test
    void aParentWithItsOwnKeyFieldIsRefused() throws IOException {
        TestCompiler.Result result = compile(Map.of(
                "app/Ticket.java", """
                        package app;
                        public class Ticket extends io.aksara.Model { @io.aksara.fields.StringField(primaryKey = true) public String code; }
                        """,
                "app/Vip.java", """
                        package app;
                        public class Vip extends Ticket {}
                        """));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("Vip extends the concrete model Ticket",
                "whose primary key is the field code"));
    }
}
