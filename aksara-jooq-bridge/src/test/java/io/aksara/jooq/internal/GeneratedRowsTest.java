package io.aksara.jooq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.jooq.models.Item;
import io.aksara.jooq.models.Item_;
import io.aksara.jooq.models.Shelf;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.jooq.types.SqlTypes;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.RowShape;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/**
 * A model's generated row reader with the shape {@link GeneratedRows} makes fills an instance as
 * reading column by column ({@link RowColumns}) does, and is used only for a row of every field in order.
 */
class GeneratedRowsTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 8, 30, 0, 0, ZoneOffset.UTC);

    private static ColumnReader[] readers() {
        return Item_.META.fields().stream().map(f -> SqlTypes.of(f).reader(SQLDialect.POSTGRES)).toArray(ColumnReader[]::new);
    }

    /** Reads the row both ways and returns {generated, column by column}. */
    private static Item[] readBothWays(ResultSet rs) throws Exception {
        RowShape<Item> shape = GeneratedRows.of(Item_.META, Item_.META.fields(), readers(), 0);
        assertThat(shape).isNotNull();
        Item generated = new Item();
        Item_.META.rowReader().read(rs, generated, shape);
        Item general = new Item();
        List<FieldMeta<Item, ?>> fields = Item_.META.fields();
        ColumnReader[] readers = readers();
        for (int k = 0; k < fields.size(); k++) {
            RowColumns.of(fields.get(k), readers[k]).read(rs, k + 1, general);
        }
        return new Item[] {generated, general};
    }

    @Test
    void theGeneratedReaderFillsEveryFieldAsColumnByColumnReadingDoes() throws Exception {
        UUID token = UUID.randomUUID();
        Map<Integer, Object> values = new HashMap<>(Map.of(1, 4_000_000_000L, 2, "Lamp", 3, 12, 4, new BigDecimal("12.50"),
                5, AT, 6, LocalDate.of(2026, 12, 7), 7, LocalTime.NOON, 8, token, 9, "ann", 10, 7L));
        for (Item item : readBothWays(OneRow.of(values))) {
            assertThat(item.id).isEqualTo(4_000_000_000L);
            assertThat(item.name).isEqualTo("Lamp");
            assertThat(item.order).isEqualTo(12);
            assertThat(item.price).isEqualByComparingTo("12.50");
            assertThat(item.at).isEqualTo(AT);
            assertThat(item.day).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(item.time).isEqualTo(LocalTime.NOON);
            assertThat(item.token).isEqualTo(token);
            assertThat(item.user).isEqualTo("ann");
            assertThat(item.shelf.isLoaded()).isFalse();
            assertThat(item.shelf.type()).isEqualTo(Shelf.class);
            assertThat(item.shelf.id()).isEqualTo(7L);
        }
    }

    @Test
    void nullsStayNullOnNullableColumns() throws Exception {
        Map<Integer, Object> values = Map.of(1, 5L, 2, "Lamp", 4, BigDecimal.ONE);
        for (Item item : readBothWays(OneRow.of(values))) {
            assertThat(item.order).isNull(); // a nullable Integer is read by its reader (wasNull), never typed
            assertThat(item.at).isNull();
            assertThat(item.user).isNull();
            assertThat(item.shelf).isNull();
        }
    }

    @Test
    void onlyARowOfEveryFieldInOrderOfAModelWithAReaderGetsAShape() {
        List<FieldMeta<Item, ?>> fields = Item_.META.fields();
        assertThat(GeneratedRows.of(Item_.META, fields.subList(0, 3), readers(), 0)).as("only() / defer()").isNull();
        assertThat(GeneratedRows.of(Item_.META, fields.reversed(), readers(), 0)).as("another order").isNull();
        assertThat(GeneratedRows.of(Item_.META, fields, readers(), 1)).as("with parent rows").isNull();
        RowShape<Item> shape = GeneratedRows.of(Item_.META, fields, readers(), 0);
        assertThat(shape.size()).isEqualTo(fields.size());
        assertThat(shape.typed(0)).as("the Long key by getLong").isTrue();
        assertThat(shape.typed(1)).as("text by getString").isTrue();
        assertThat(shape.typed(2)).as("a nullable Integer").isFalse();
    }
}
