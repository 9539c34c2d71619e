package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.meta.ColumnGetter;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.meta.RowShape;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The row reader written into each metamodel ({@code readRow}): one straight-line statement per
 * field in field order, typed getters only where the field's Java type has one, registered on the
 * builder; none for a multi-table child. Run against a one-row result set, it fills the fields as
 * the shape says.
 */
class RowReaderCodegenTest {
    @TempDir
    Path dir;

    static final String MODELS = """
            package app;

            import io.aksara.Model;
            import io.aksara.Ref;
            import io.aksara.fields.*;
            import java.math.BigDecimal;

            public class Lamp extends Model {
                public enum Colour { RED, BLUE }
                @StringField(maxLength = 20) public String name;
                @IntegerField public int watts;
                @IntegerField(nullable = true) public Integer lumens;
                @DecimalField(maxDigits = 8, decimalPlaces = 2) public BigDecimal price;
                @EnumField public Colour colour;
                @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true) public Ref<Shop> shop;
            }
            """;

    static final String SHOP = """
            package app;

            public class Shop extends io.aksara.Model {
                @io.aksara.fields.StringField(maxLength = 20) public String name;
            }
            """;

    static final String CHILD = """
            package app;

            public class Outlet extends Shop { @io.aksara.fields.BooleanField public boolean open; }
            """;

    @Test
    void eachFieldIsOneStatementInFieldOrderWithATypedBranchWhereTheJavaTypeHasAGetter() throws Exception {
        TestCompiler.Result result = TestCompiler.compile(dir, Map.of("app/Lamp.java", MODELS, "app/Shop.java", SHOP,
                "app/Outlet.java", CHILD));
        assertThat(result.errors()).isEmpty();
        String lamp = result.generatedSource("app.Lamp_");
        assertThat(lamp).contains("                    .rowReader(Lamp_::readRow)\n                    .columnWriter(Lamp_::writeColumns)\n                    .build());",
                "import java.sql.ResultSet;", "import io.aksara.meta.RowShape;", "@SuppressWarnings(\"unchecked\")",
                "    private static void readRow(ResultSet rs, Lamp m, RowShape<Lamp> s) throws SQLException {\n"
                        + "        if (s.typed(0)) m.id = rs.getLong(1); else m.id = (Long) s.value(0, m, s.reader(0).read(rs, 1));\n"
                        + "        if (s.typed(1)) m.name = rs.getString(2); else m.name = (String) s.value(1, m, s.reader(1).read(rs, 2));\n"
                        + "        if (s.typed(2)) m.watts = rs.getInt(3); else m.watts = (Integer) s.value(2, m, s.reader(2).read(rs, 3));\n"
                        + "        if (s.typed(3)) m.lumens = rs.getInt(4); else m.lumens = (Integer) s.value(3, m, s.reader(3).read(rs, 4));\n"
                        + "        m.price = (java.math.BigDecimal) s.value(4, m, s.reader(4).read(rs, 5));\n"
                        + "        m.colour = (Lamp.Colour) s.value(5, m, s.reader(5).read(rs, 6));\n"
                        + "        m.shop = (io.aksara.Ref<Shop>) s.value(6, m, s.reader(6).read(rs, 7));\n"
                        + "    }\n");
        // a multi-table child's parent link is set through the parent's row: no reader
        assertThat(result.generatedSource("app.Outlet_")).doesNotContain("readRow", "RowShape");
        assertThat(result.generatedSource("app.Shop_")).contains(".rowReader(Shop_::readRow)").doesNotContain("@SuppressWarnings");
    }

    @Test
    void anObjectFieldTakesTheValueWithoutACastSoALintCleanBuildStaysClean() throws Exception {
        String note = """
                package app;

                public class Note extends io.aksara.Model {
                    @io.aksara.fields.JSONField(nullable = true) public Object attributes;
                }
                """;
        TestCompiler.Result result = TestCompiler.compile(dir, Map.of("app/Note.java", note)); // -Xlint:all -Werror
        assertThat(result.errors()).isEmpty();
        assertThat(result.generatedSource("app.Note_"))
                .contains("        m.attributes = s.value(1, m, s.reader(1).read(rs, 2));\n");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theRegisteredReaderFillsTheFieldsByTypedGetterReaderOrConversion() throws Exception {
        TestCompiler.Result result = TestCompiler.compile(dir, Map.of("app/Lamp.java", MODELS, "app/Shop.java", SHOP,
                "app/Outlet.java", CHILD));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {result.classes().toUri().toURL()}, getClass().getClassLoader())) {
            ModelMeta meta = ModelRegistry.meta(loader.loadClass("app.Lamp").asSubclass(Model.class));
            assertThat(meta.rowReader()).isNotNull();
            assertThat(ModelRegistry.meta(loader.loadClass("app.Outlet").asSubclass(Model.class)).rowReader()).isNull();
            // columns 1..7: typed getters answer from "typed", readers give the "read" values
            Map<Integer, Object> typed = Map.of(1, 41L, 2, "typed name", 3, 60);
            ResultSet rs = (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                    (proxy, method, args) -> typed.get((Integer) args[0]));
            Object[] read = {null, null, null, null, new BigDecimal("9.50"), "BLUE", 7L};
            ColumnGetter[] readers = new ColumnGetter[7];
            for (int k = 0; k < 7; k++) {
                Object v = read[k];
                readers[k] = (r, i) -> v;
            }
            List<FieldMeta> fields = meta.fields();
            RowShape shape = new RowShape(fields, readers, new boolean[] {true, true, true, false, false, false, false},
                    new boolean[] {false, false, false, true, true, false, false});
            Model lamp = meta.newInstance();
            meta.rowReader().read(rs, lamp, shape);
            assertThat(meta.field("id").get(lamp)).isEqualTo(41L);
            assertThat(meta.field("name").get(lamp)).isEqualTo("typed name");
            assertThat(meta.field("watts").get(lamp)).isEqualTo(60);
            assertThat(meta.field("lumens").get(lamp)).isNull(); // not typed: the reader's NULL, kept
            assertThat(meta.field("price").get(lamp)).isEqualTo(new BigDecimal("9.50"));
            assertThat(meta.field("colour").get(lamp).toString()).isEqualTo("BLUE"); // converted by the enum kind
            Ref<?> shop = (Ref<?>) meta.field("shop").get(lamp);
            assertThat(shop.id()).isEqualTo(7L);
            assertThat(shop.isLoaded()).isFalse();
        }
    }
}
