package io.aksara.jooq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Ref;
import io.aksara.jooq.models.Item;
import io.aksara.jooq.models.Item_;
import io.aksara.jooq.models.Shelf;
import io.aksara.jooq.vendor.Vendors;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/**
 * The {@code unnest} arrays of a bulk insert on PostgreSQL hold the same values whether the
 * model's generated column writer copies the fields (level 3) or each column reads its field
 * through the getter (a level 1–2 metamodel): every column, NULLs, a foreign key's target key,
 * a timestamp's text.
 */
class UnnestArraysTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 8, 30, 0, 0, ZoneOffset.UTC);
    private static final UUID TOKEN = UUID.fromString("3f1c2b1e-9a1b-4c6f-8a55-0d8f0f6e9a01");

    private static Item item(String name, Integer order, String price, OffsetDateTime at, Long shelf) {
        Item i = new Item();
        i.name = name;
        i.order = order;
        i.price = new BigDecimal(price);
        i.at = at;
        i.day = at == null ? null : LocalDate.of(2026, 12, 7);
        i.time = at == null ? null : LocalTime.NOON;
        i.token = at == null ? null : TOKEN;
        i.user = at == null ? null : "ann";
        i.shelf = shelf == null ? null : Ref.toId(Shelf.class, shelf);
        return i;
    }

    /** What each parameter was bound to: an array's elements as a list, a text as it is. */
    private static List<Object> bound(UnnestArrays arrays, List<Item> batch, Object[] held, int from) throws Exception {
        List<Object> out = new ArrayList<>();
        Connection connection = (Connection) Proxy.newProxyInstance(getClass(Connection.class), new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("createArrayOf") ? array((Object[]) args[1]) : null);
        PreparedStatement ps = (PreparedStatement) Proxy.newProxyInstance(getClass(PreparedStatement.class),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getConnection" -> { return connection; }
                        case "setObject", "setString", "setArray" -> out.add(elements(args[1]));
                        default -> { }
                    }
                    return null;
                });
        arrays.bind(ps, batch, held, from);
        return out;
    }

    private static ClassLoader getClass(Class<?> type) {
        return type.getClassLoader() == null ? UnnestArraysTest.class.getClassLoader() : type.getClassLoader();
    }

    private static Array array(Object[] elements) {
        return (Array) Proxy.newProxyInstance(getClass(Array.class), new Class<?>[] {Array.class},
                (proxy, method, args) -> method.getName().equals("getArray") ? elements : null);
    }

    private static Object elements(Object bound) throws Exception {
        if (bound instanceof Array a) {
            return Arrays.asList((Object[]) a.getArray());
        }
        return bound instanceof Object[] o ? Arrays.asList(o) : bound;
    }

    @Test
    void theGeneratedWriterAndTheGettersBindTheSameArrays() throws Exception {
        assertThat(Item_.META.columnWriter()).isNotNull();
        List<Item> batch = List.of(item("Lamp", 12, "12.50", AT, 7L), item("Desk", null, "99.00", null, null));
        BulkRows<Item> rows = BulkRows.of(Vendors.of(SQLDialect.POSTGRES), Item_.META, batch);
        UnnestArrays arrays = UnnestArrays.of(rows);
        assertThat(arrays).isNotNull();
        List<Object> generated = bound(arrays, batch, arrays.held(batch), 0);
        assertThat(generated).isEqualTo(bound(arrays.throughGetters(), batch, arrays.throughGetters().held(batch), 0));
        // name, order, price, at, day, time, token, user, shelf (the key is the database's)
        assertThat(generated).hasSize(9);
        assertThat(generated.get(0)).isEqualTo(List.of("Lamp", "Desk"));
        assertThat(generated.get(1)).isEqualTo(Arrays.asList(12, null));
        assertThat(generated.get(2)).isEqualTo(List.of(new BigDecimal("12.50"), new BigDecimal("99.00")));
        assertThat((String) generated.get(3)).startsWith("{2026-12-07").endsWith(",NULL}");
        assertThat(generated.get(6)).isEqualTo(Arrays.asList(TOKEN, null));
        assertThat(generated.get(7)).isEqualTo(Arrays.asList("ann", null));
        assertThat(generated.get(8)).isEqualTo(Arrays.asList(7L, null)); // the target's key, not the Ref
    }

    @Test
    void aLaterBatchBindsItsRangeOfTheArraysOfAllTheInstances() throws Exception {
        List<Item> all = List.of(item("Lamp", 12, "12.50", AT, 7L), item("Desk", null, "99.00", null, null),
                item("Shelf", 3, "1.00", AT, 9L));
        UnnestArrays arrays = UnnestArrays.of(BulkRows.of(Vendors.of(SQLDialect.POSTGRES), Item_.META, all));
        List<Item> second = all.subList(1, 3);
        List<Object> ranged = bound(arrays, second, arrays.held(all), 1);
        assertThat(ranged).isEqualTo(bound(arrays, second, arrays.held(second), 0));
        assertThat(ranged.get(0)).isEqualTo(List.of("Desk", "Shelf"));
    }
}
