package io.aksara.schemafirst.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Java names for tables and columns. */
class NamesTest {
    @Test
    void tablesBecomeSingularPascalCaseClasses() {
        assertThat(Names.className("categories")).isEqualTo("Category");
        assertThat(Names.className("order_items")).isEqualTo("OrderItem");
        assertThat(Names.className("boxes")).isEqualTo("Box");
        assertThat(Names.className("addresses")).isEqualTo("Address");
        assertThat(Names.className("PRODUCTS")).isEqualTo("Product");
        assertThat(Names.className("people")).isEqualTo("Person");
        assertThat(Names.className("order_status")).isEqualTo("OrderStatus");
        assertThat(Names.className("order_statuses")).isEqualTo("OrderStatus");
        assertThat(Names.className("meta")).isEqualTo("MetaModel");   // would hide io.aksara.Meta
        assertThat(Names.className("2fa_codes")).isEqualTo("T2faCode");
    }

    @Test
    void theDefaultTableIsRecognised() {
        assertThat(Names.defaultTable("Category", "categories")).isTrue();
        assertThat(Names.defaultTable("Address", "address")).isFalse();
    }

    @Test
    void columnsBecomeCamelCaseFieldsAvoidingKeywordsAndInheritedNames() {
        assertThat(Names.fieldName("in_stock")).isEqualTo("inStock");
        assertThat(Names.fieldName("FULL_NAME")).isEqualTo("fullName");
        assertThat(Names.fieldName("class")).isEqualTo("classValue");
        assertThat(Names.fieldName("objects")).isEqualTo("objectsValue");
        assertThat(Names.fieldName("id")).isEqualTo("idValue");
    }

    @Test
    void upperCaseNamesFoldedByTheDatabaseAreLowerCased() {
        assertThat(Names.normalize("PRODUCTS")).isEqualTo("products");
        assertThat(Names.normalize("MixedCase")).isEqualTo("MixedCase");
    }
}
