package io.aksara.jooq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Ref;
import io.aksara.jooq.models.Item;
import io.aksara.jooq.models.Item_;
import io.aksara.jooq.models.Shelf;
import io.aksara.jooq.types.SqlTypes;
import io.aksara.meta.FieldMeta;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/** The direct readings of object columns ({@link ObjectColumns}) give what {@code setColumnValue} gives. */
class ObjectColumnsTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 8, 30, 0, 0, ZoneOffset.UTC);

    /** Reads column {@code index} of the row into {@code item} by the field's direct reading, or by setColumnValue. */
    private static void read(String field, ResultSet rs, int index, Item item, boolean direct) throws Exception {
        FieldMeta<Item, ?> f = Item_.META.field(field);
        var reader = SqlTypes.of(f).reader(SQLDialect.POSTGRES);
        if (direct) {
            var column = ObjectColumns.of(f, reader);
            assertThat(column).as(field).isNotNull();
            column.read(rs, index, item);
        } else {
            f.setColumnValue(item, reader.read(rs, index));
        }
    }

    @Test
    void directReadingsFillTheFieldsAsTheGeneralWayDoes() throws Exception {
        ResultSet rs = OneRow.of(Map.of(1, 4_000_000_000L, 2, "Lamp", 3, new BigDecimal("12.50"), 4, AT, 5, 7));
        Item direct = new Item();
        Item general = new Item();
        String[] fields = {"id", "name", "price", "at", "shelf"};
        for (int i = 0; i < fields.length; i++) {
            read(fields[i], rs, i + 1, direct, true);
            read(fields[i], rs, i + 1, general, false);
        }
        for (Item item : new Item[] {direct, general}) {
            assertThat(item.id).isEqualTo(4_000_000_000L);
            assertThat(item.name).isEqualTo("Lamp");
            assertThat(item.price).isEqualByComparingTo("12.50");
            assertThat(item.at).isEqualTo(AT);
            assertThat(item.shelf).isInstanceOf(Ref.class);
            assertThat(item.shelf.isLoaded()).isFalse();
            assertThat(item.shelf.type()).isEqualTo(Shelf.class);
        }
        assertThat(direct.shelf.id()).isEqualTo(general.shelf.id());
    }

    @Test
    void nullsStayNullOnNullableColumns() throws Exception {
        ResultSet rs = OneRow.of(Map.of());
        Item item = new Item();
        item.user = "someone";
        item.shelf = Ref.toId(Shelf.class, 1L);
        read("user", rs, 1, item, true);
        read("shelf", rs, 2, item, true);
        read("at", rs, 3, item, true);
        assertThat(item.user).isNull();
        assertThat(item.shelf).isNull();
        assertThat(item.at).isNull();
    }
}
