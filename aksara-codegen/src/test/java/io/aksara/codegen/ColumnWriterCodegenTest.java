package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The column writer written into each metamodel ({@code writeColumns}): one pass over the
 * instances, one statement per field in field order with a direct read, a primitive array where
 * the caller passes one, registered on the builder; none for a multi-table child. Run on two
 * instances, it fills exactly the arrays it is given with the values the fields hold.
 */
class ColumnWriterCodegenTest {
    @TempDir
    Path dir;

    /** A primitive with no array of its own ({@code short}): copied boxed. */
    private static final String TALLY = """
            package app;

            public class Tally extends io.aksara.Model {
                @io.aksara.fields.SmallIntegerField public short rank;
            }
            """;

    private TestCompiler.Result compile() throws Exception {
        return TestCompiler.compile(dir, Map.of("app/Lamp.java", RowReaderCodegenTest.MODELS, "app/Shop.java",
                RowReaderCodegenTest.SHOP, "app/Outlet.java", RowReaderCodegenTest.CHILD, "app/Tally.java", TALLY));
    }

    @Test
    void eachFieldIsOneStatementInFieldOrderWithAPrimitiveBranchWhereTheFieldIsAPrimitive() throws Exception {
        TestCompiler.Result result = compile(); // -Xlint:all -Werror: the writer compiles without a warning
        assertThat(result.errors()).isEmpty();
        String lamp = result.generatedSource("app.Lamp_");
        assertThat(lamp).contains("                    .rowReader(Lamp_::readRow)\n"
                        + "                    .columnWriter(Lamp_::writeColumns)\n                    .build());",
                "    private static void writeColumns(java.util.List<Lamp> rows, Object[] c) {\n"
                        + "        Object[] c0 = (Object[]) c[0];\n"
                        + "        Object[] c1 = (Object[]) c[1];\n"
                        + "        int[] p2 = c[2] instanceof int[] a2 ? a2 : null;\n"
                        + "        Object[] c2 = p2 == null ? (Object[]) c[2] : null;\n"
                        + "        Object[] c3 = (Object[]) c[3];\n",
                "        for (int i = 0, n = rows.size(); i < n; i++) {\n"
                        + "            Lamp m = rows.get(i);\n"
                        + "            if (c0 != null) c0[i] = m.id;\n"
                        + "            if (c1 != null) c1[i] = m.name;\n"
                        + "            if (p2 != null) p2[i] = m.watts; else if (c2 != null) c2[i] = m.watts;\n"
                        + "            if (c3 != null) c3[i] = m.lumens;\n"
                        + "            if (c4 != null) c4[i] = m.price;\n"
                        + "            if (c5 != null) c5[i] = m.colour;\n"
                        + "            if (c6 != null) c6[i] = m.shop;\n"
                        + "        }\n    }\n");
        // a multi-table child's parent link is written through the parent's row: no writer
        assertThat(result.generatedSource("app.Outlet_")).doesNotContain("writeColumns");
        // a short has no primitive array of its own: boxed into the Object[]
        assertThat(result.generatedSource("app.Tally_")).contains("        Object[] c1 = (Object[]) c[1];\n",
                "            if (c1 != null) c1[i] = m.rank;\n");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theRegisteredWriterFillsTheArraysItIsGivenAndSkipsTheOthers() throws Exception {
        TestCompiler.Result result = compile();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {result.classes().toUri().toURL()}, getClass().getClassLoader())) {
            ModelMeta meta = ModelRegistry.meta(loader.loadClass("app.Lamp").asSubclass(Model.class));
            assertThat(ModelRegistry.meta(loader.loadClass("app.Outlet").asSubclass(Model.class)).columnWriter()).isNull();
            Model first = lamp(meta, "desk", 40, null, "9.50", 7L);
            Model second = lamp(meta, "floor", 60, 800, "19.00", null);
            Object[] columns = new Object[meta.fields().size()];
            String[] names = new String[3]; // larger than the batch: the tail stays untouched
            int[] watts = new int[2];
            Object[] lumens = new Object[2];
            Object[] shops = new Object[2];
            columns[1] = names;
            columns[2] = watts;
            columns[3] = lumens;
            columns[6] = shops;
            meta.columnWriter().write(List.of(first, second), columns);
            assertThat(names).containsExactly("desk", "floor", null);
            assertThat(watts).containsExactly(40, 60);
            assertThat(lumens).containsExactly(null, 800);
            assertThat(((Ref<?>) shops[0]).id()).isEqualTo(7L);
            assertThat(shops[1]).isNull();
            assertThat(columns[0]).isNull(); // the key, left out by the caller: not touched
            // a primitive field in an Object[]: boxed
            Object[] boxedWatts = new Object[2];
            meta.columnWriter().write(List.of(first, second), new Object[] {null, null, boxedWatts, null, null, null, null});
            assertThat(boxedWatts).containsExactly(40, 60);
            ModelMeta tally = ModelRegistry.meta(loader.loadClass("app.Tally").asSubclass(Model.class));
            Model t = tally.newInstance();
            tally.field("rank").set(t, (short) 3);
            Object[] ranks = new Object[1];
            tally.columnWriter().write(List.of(t), new Object[] {null, ranks});
            assertThat(ranks).containsExactly((short) 3);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Model lamp(ModelMeta meta, String name, int watts, Integer lumens, String price, Long shop) {
        Model m = meta.newInstance();
        List<FieldMeta> fields = meta.fields();
        fields.get(1).set(m, name);
        fields.get(2).set(m, watts);
        fields.get(3).set(m, lumens);
        fields.get(4).set(m, new BigDecimal(price));
        if (shop != null) {
            fields.get(6).set(m, Ref.toId(fields.get(6).relatedMeta().type(), shop));
        }
        return m;
    }
}
