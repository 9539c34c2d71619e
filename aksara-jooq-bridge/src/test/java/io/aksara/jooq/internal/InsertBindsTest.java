package io.aksara.jooq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Ref;
import io.aksara.jooq.models.Item;
import io.aksara.jooq.models.Item_;
import io.aksara.jooq.models.Shelf;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.spi.CopiedColumns;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/**
 * The binds of a multi-row VALUES (H2, MySQL, MariaDB, SQLite) are the same whether the model's
 * generated column writer copies the fields first (level 3) or each column reads the instance
 * through the field's getter (a level 1–2 metamodel): every parameter, in order, and its NULLs.
 */
class InsertBindsTest {
    private static Item item(String name, Integer order, Long shelf) {
        Item i = new Item();
        i.name = name;
        i.order = order;
        i.price = new BigDecimal("3.25");
        i.shelf = shelf == null ? null : Ref.toId(Shelf.class, shelf);
        return i;
    }

    /** Each setter call as "index:value". */
    private static List<String> bound(InsertBinds binds, List<Item> batch, Object[] held, int from) throws Exception {
        List<String> out = new ArrayList<>();
        PreparedStatement ps = (PreparedStatement) Proxy.newProxyInstance(InsertBindsTest.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("set")) {
                        out.add(method.getName() + " " + args[0] + ":" + (method.getName().equals("setNull") ? "NULL" : args[1]));
                    }
                    return null;
                });
        binds.bind(ps, batch, held, from);
        return out;
    }

    @Test
    void theGeneratedWriterAndTheGettersBindTheSameValues() throws Exception {
        for (SQLDialect dialect : List.of(SQLDialect.H2, SQLDialect.MYSQL, SQLDialect.MARIADB, SQLDialect.SQLITE)) {
            List<Item> batch = List.of(item("Lamp", 12, 7L), item("Desk", null, null));
            BulkRows<Item> rows = BulkRows.of(Vendors.of(dialect), Item_.META, batch);
            InsertBinds generated = InsertBinds.of(dialect, Item_.META, rows.written, rows.columns);
            InsertBinds getters = InsertBinds.of(dialect, null, rows.written, rows.columns); // no writer: level 1-2
            Object[] held = generated.held(batch);
            assertThat(held).as(dialect.name()).isNotNull();
            assertThat(getters.held(batch)).isNull();
            List<String> viaArrays = bound(generated, batch, held, 0);
            assertThat(viaArrays).as(dialect.name()).isEqualTo(bound(getters, batch, null, 0)).hasSize(18);
            assertThat(viaArrays.get(0)).isEqualTo("setObject 1:Lamp");
            assertThat(viaArrays.get(8)).isEqualTo("setObject 9:7"); // the target's key, not the Ref
            assertThat(viaArrays.get(17)).isEqualTo("setNull 18:NULL");
            BitSet nulls = generated.nulls(batch, held, 0);
            assertThat(nulls).isEqualTo(getters.nulls(batch, null, 0));
            // the second row's order, at, day, time, token, user and shelf (parameters 11, 13-18, from 0: 10, 12-17)
            assertThat(nulls.stream().boxed().toList()).contains(10, 17).doesNotContain(0, 1, 9, 11);
            assertThat(held).hasSize(Item_.META.fields().size()); // one slot per field: the key's is null
        }
    }

    @Test
    void theColumnsTheApiCopiedAreBoundAsTheyAreAndALaterBatchIsARangeOfThem() throws Exception {
        List<Item> all = List.of(item("Lamp", 12, 7L), item("Desk", null, null), item("Shelf", 3, 9L));
        BulkRows<Item> rows = BulkRows.of(Vendors.of(SQLDialect.H2), Item_.META, all);
        InsertBinds binds = InsertBinds.of(SQLDialect.H2, Item_.META, rows.written, rows.columns);
        int name = Item_.META.fields().indexOf(Item_.META.field("name"));
        Object[] copied = new Object[Item_.META.fields().size()];
        copied[name] = new String[] {"Lamp", "Desk", "Shelf"}; // as BulkValidation copies a text field
        Object[] held = binds.held(CopiedColumns.of(all, copied));
        assertThat(held[name]).isSameAs(copied[name]);
        // the second batch (rows 1-2) binds as those rows alone would, and sees the same NULLs
        List<Item> second = all.subList(1, 3);
        Object[] alone = binds.held(second);
        assertThat(bound(binds, second, held, 1)).isEqualTo(bound(binds, second, alone, 0)).contains("setObject 1:Desk");
        BitSet nulls = binds.nulls(second, held, 1);
        assertThat(nulls).isEqualTo(binds.nulls(second, alone, 0));
        assertThat(nulls.isEmpty()).isFalse();
    }
}
