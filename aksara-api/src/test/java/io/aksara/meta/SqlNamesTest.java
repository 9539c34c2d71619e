package io.aksara.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.kinds.EnumKind;
import io.aksara.kinds.FieldKinds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names and type text that go into SQL: hostile ones are refused where metadata is made, legacy ones pass. */
class SqlNamesTest {
    static final class Item extends Model {
        Long id;
        String body;
    }

    private static final List<String> HOSTILE = List.of("x; drop table y", "x\" ; drop table y; --", "x`y", "it's",
            "a--b", "a/*b", "a*/b", "back\\slash", "nul\u0000", "line\nbreak", "tab\there", "zero\u200Bwidth", "",
            " leading", "trailing ", "   ", "x".repeat(65));

    @Test
    void identifiersRefuseWhatCouldEndQuotesOrStatements() {
        for (String hostile : HOSTILE) {
            assertThat(SqlNames.identifierProblem(hostile)).as(hostile).isNotNull();
        }
        assertThat(SqlNames.identifierProblem(null)).isEqualTo("is empty");
        assertThat(SqlNames.identifierProblem("a;b")).contains("semicolon");
        assertThat(SqlNames.identifierProblem("a\"b")).contains("quotation mark");
        assertThat(SqlNames.identifierProblem("a--b")).contains("comment");
        assertThat(SqlNames.identifierProblem("x".repeat(65))).contains("65 characters");
    }

    @Test
    void legacyIdentifiersPass() {
        for (String legacy : List.of("Order Date", "unit_price", "unit price", "Album", "ORDER_ITEMS", "mood$x",
                "2fa", "a-b", "Größe", "x".repeat(64), "order")) {
            assertThat(SqlNames.identifierProblem(legacy)).as(legacy).isNull();
            assertThat(SqlNames.checkIdentifier("t", legacy)).isEqualTo(legacy);
        }
    }

    @Test
    void checkIdentifierNamesWhatAndTheRule() {
        assertThatThrownBy(() -> SqlNames.checkIdentifier("Field 'price': column", "p; drop table x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Field 'price': column \"p; drop table x\" contains a semicolon")
                .hasMessageContaining("1 to 64 characters");
        assertThatThrownBy(() -> SqlNames.checkIdentifier("t", "a\u0000b")).hasMessageContaining("\"a\\u0000b\"")
                .hasMessageContaining("U+0000");
    }

    @Test
    void constraintNamesKeepTheStricterRule() {
        assertThat(SqlNames.constraintNameProblem("fk_orders_customer")).isNull();
        assertThat(SqlNames.constraintNameProblem("FK_Legacy_1")).isNull();
        assertThat(SqlNames.constraintNameProblem("x".repeat(63))).isNull();
        for (String bad : List.of("fk x", "1fk", "fk;drop", "x".repeat(64), "", "fk\"x", "fk-x")) {
            assertThat(SqlNames.constraintNameProblem(bad)).as(bad).contains("letters, digits and underscores");
        }
    }

    @Test
    void dbTypesAreAClosedListPerType() {
        assertThat(SqlNames.dbTypeProblem(FieldType.DATE_TIME, "timestamp(3)")).isNull();
        assertThat(SqlNames.dbTypeProblem(FieldType.DATE_TIME, "DATETIME")).isNull();
        assertThat(SqlNames.dbTypeProblem(FieldType.TEXT, "mediumtext")).isNull();
        assertThat(SqlNames.dbTypeProblem(FieldType.TEXT, "text); drop table x; --")).contains("use text, tinytext");
        assertThat(SqlNames.dbTypeProblem(FieldType.DATE_TIME, "timestamp(7)")).contains("precision from 0 to 6");
        assertThat(SqlNames.dbTypeProblem(FieldType.STRING, "varchar(10)")).contains("not supported");
        assertThat(SqlNames.enumTypeProblem("legacy.mood")).isNull();
        assertThat(SqlNames.enumTypeProblem("mood")).isNull();
        for (String bad : List.of("Mood", "mood; drop type x", "a.b.c", "mood\"", "")) {
            assertThat(SqlNames.enumTypeProblem(bad)).as(bad).contains("lower-case name");
        }
    }

    private static <V> FieldMetaBuilder<Item, V> field(String name, FieldType type) {
        return FieldMeta.<Item, V>builder(name, type, type.javaClass()).access(FieldAccess.of(m -> null, (m, v) -> {}));
    }

    @Test
    void fieldBuilderRefusesHostileTextNamingTheField() {
        assertThatThrownBy(() -> field("price", FieldType.DECIMAL).column("price; drop table items").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Field 'price': column \"price; drop table items\" contains a semicolon");
        assertThatThrownBy(() -> field("body", FieldType.TEXT).dbType("text; drop table items").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Field 'body'").hasMessageContaining("dbType \"text; drop table items\"")
                .hasMessageContaining("use text, tinytext, mediumtext, longtext or clob");
        assertThatThrownBy(() -> FieldMeta.<Item, Object>builder("mood", FieldKinds.get(EnumKind.class), Enum.class)
                .dbType("mood::text; drop table x").access(FieldAccess.of(m -> null, (m, v) -> {})).build())
                .hasMessageContaining("Field 'mood' (EnumField): dbType").hasMessageContaining("\"legacy.mood\"");
        assertThatThrownBy(() -> field("owner", FieldType.FOREIGN_KEY).constraintName("fk x) on delete cascade --").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Field 'owner': constraintName \"fk x) on delete cascade --\"");
        assertThatThrownBy(() -> field("owner", FieldType.FOREIGN_KEY).compositeTarget("a", "b\"c").build())
                .hasMessageContaining("composite key column \"b\"c\" contains a quotation mark");
    }

    @Test
    void fieldBuilderKeepsLegacyText() {
        FieldMeta<Item, Object> price = field("unitPrice", FieldType.DECIMAL).column("unit price").build();
        assertThat(price.column()).isEqualTo("unit price");
        assertThat(field("created", FieldType.DATE_TIME).dbType("timestamp(3)").build().dbType()).isEqualTo("timestamp(3)");
        assertThat(FieldMeta.<Item, Object>builder("mood", FieldKinds.get(EnumKind.class), Enum.class).dbType("legacy.mood")
                .access(FieldAccess.of(m -> null, (m, v) -> {})).build().dbType()).isEqualTo("legacy.mood");
    }

    private static ModelMeta.Builder<Item> model() {
        return ModelMeta.builder(Item.class, Item::new)
                .field(FieldMeta.<Item, Long>builder("id", FieldType.BIG_AUTO, Long.class).primaryKey(true)
                        .access(FieldAccess.of(m -> m.id, (m, v) -> m.id = v)).build())
                .field(FieldMeta.<Item, String>builder("body", FieldType.STRING, String.class).maxLength(20)
                        .access(FieldAccess.of(m -> m.body, (m, v) -> m.body = v)).build());
    }

    @Test
    void modelBuilderRefusesHostileTableAndIndexNames() {
        assertThatThrownBy(() -> model().table("items; drop table users").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Item: table \"items; drop table users\" contains a semicolon");
        assertThatThrownBy(() -> model().index("ix\"; drop table users; --", "body").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Item: index name");
        assertThatThrownBy(() -> model().uniqueTogether("uq/*x*/", "body").build())
                .hasMessageContaining("Item: unique constraint name \"uq/*x*/\" contains an SQL comment");
        assertThatThrownBy(() -> new IndexMeta("ix`x", List.of(), false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Index name \"ix`x\" contains a quotation mark");
    }

    @Test
    void modelBuilderKeepsLegacyNames() {
        ModelMeta<Item> meta = model().table("Order Items").index("Order Items by body", "body").build();
        assertThat(meta.table()).isEqualTo("Order Items");
        assertThat(meta.indexes()).extracting(IndexMeta::name).containsExactly("Order Items by body");
    }
}
