package io.aksara.jooq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.jooq.models.Item;
import io.aksara.jooq.models.Item_;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.meta.FieldMeta;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The text of {@code upsert}'s unnest statement on PostgreSQL: the arrays' SELECT, then the
 * conflict clause the VALUES form has ({@link BulkStatements#upsertOf}), the key returned by name.
 */
class UnnestUpsertsTest {
    private static final Settings SETTINGS = new Settings()
            .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED).withRenderNameCase(RenderNameCase.LOWER)
            .withRenderSchema(false).withRenderCatalog(false);
    private static final DSLContext PG = DSL.using(SQLDialect.POSTGRES, SETTINGS);

    private static String sql(Item item, List<String> conflict, List<String> update) {
        BulkRows<Item> rows = BulkRows.of(Vendors.of(SQLDialect.POSTGRES), Item_.META, List.of(item));
        UnnestArrays arrays = UnnestArrays.of(rows);
        assertThat(arrays).isNotNull();
        String sql = UnnestUpserts.sql(PG, rows, arrays, fields(conflict), fields(update));
        String values = BulkStatements.upsertSql(rows, List.of(item), fields(conflict), fields(update), SETTINGS).sql();
        assertThat(tail(sql)).as("the VALUES form's conflict clause").isEqualTo(tail(values));
        return sql;
    }

    private static String tail(String upsert) {
        return upsert.substring(upsert.indexOf(" on conflict "), upsert.indexOf(" returning "));
    }

    private static List<FieldMeta<Item, ?>> fields(List<String> names) {
        return names.stream().<FieldMeta<Item, ?>>map(Item_.META::field).toList();
    }

    @Test
    void givenKeysAreWrittenAndReservedWordsQuotedAsTheValuesFormQuotesThem() {
        Item item = Item.objects.build("id", 7, "name", "Lamp");
        assertThat(sql(item, List.of("id"), List.of("name", "order", "price"))).isEqualTo(
                "insert into items (id, name, \"order\", price, at, \"day\", \"time\", token, \"user\", shelf_id)"
                + " select * from unnest(?::int8[], ?::text[], ?::int4[], ?::numeric[], ?::timestamptz[], ?::date[],"
                + " ?::time[], ?::uuid[], ?::text[], ?::int8[]) on conflict (id) do update set name = excluded.name,"
                + " \"order\" = excluded.\"order\", price = excluded.price returning id");
        assertThat(sql(item, List.of("name", "user"), List.of("day")))
                .endsWith(" on conflict (name, \"user\") do update set \"day\" = excluded.\"day\" returning id");
    }

    @Test
    void madeKeysAreLeftOutOfTheColumns() {
        Item item = Item.objects.build("name", "Lamp");
        assertThat(sql(item, List.of("name"), List.of("order", "time")))
                .startsWith("insert into items (name, \"order\", price,")
                .contains(" select * from unnest(?::text[], ?::int4[], ")
                .endsWith(" on conflict (name) do update set \"order\" = excluded.\"order\", \"time\" = excluded.\"time\""
                        + " returning id");
    }
}
