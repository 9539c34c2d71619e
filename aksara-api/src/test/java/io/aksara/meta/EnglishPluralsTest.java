package io.aksara.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishPluralsTest {
    @Test
    void defaultTableNamesUseEnglishPlurals() {
        assertThat(Naming.tableName("Person")).isEqualTo("people");
        assertThat(Naming.tableName("Child")).isEqualTo("children");
        assertThat(Naming.tableName("Analysis")).isEqualTo("analyses");
        assertThat(Naming.tableName("SalesPerson")).isEqualTo("sales_people");
        assertThat(Naming.tableName("Category")).isEqualTo("categories");
        assertThat(Naming.tableName("Box")).isEqualTo("boxes");
        assertThat(Naming.tableName("Shelf")).isEqualTo("shelves");
        assertThat(Naming.tableName("Memo")).isEqualTo("memos");
        assertThat(Naming.tableName("Hero")).isEqualTo("heroes");
        assertThat(Naming.tableName("OrderStatus")).isEqualTo("order_statuses");
        assertThat(Naming.tableName("Series")).isEqualTo("series");
        assertThat(Naming.tableName("Woman")).isEqualTo("women");
    }

    @Test
    void theCaseOfTheLastWordIsKept() {
        assertThat(Naming.plural("invoiceLine")).isEqualTo("invoiceLines");
        assertThat(Naming.plural("salesPerson")).isEqualTo("salesPeople");
        assertThat(Naming.plural("ORDER_ITEM")).isEqualTo("ORDER_ITEMS");
    }

    @Test
    void singularsAreTheInverseOfThePlurals() {
        for (String word : new String[] {"person", "child", "analysis", "category", "box", "shelf", "knife", "memo",
                "hero", "address", "status", "match", "house", "case", "database", "mouse", "woman", "thesis", "cheese",
                "series", "news", "bus", "order_item", "sales_person", "glove", "archive"}) {
            assertThat(Naming.singular(Naming.plural(word))).as(word).isEqualTo(word);
        }
        assertThat(Naming.singular("status")).isEqualTo("status"); // already singular
        assertThat(Naming.singular("PEOPLE")).isEqualTo("PERSON");
    }
}
