package io.aksara;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.meta.FieldType;
import io.aksara.meta.Naming;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamingTest {
    @Test
    void tablesAreSnakeCasePlurals() {
        assertThat(Naming.tableName("Category")).isEqualTo("categories");
        assertThat(Naming.tableName("Product")).isEqualTo("products");
        assertThat(Naming.tableName("UserProfile")).isEqualTo("user_profiles");
        assertThat(Naming.tableName("Address")).isEqualTo("addresses");
        assertThat(Naming.tableName("Day")).isEqualTo("days");
        assertThat(Naming.tableName("Box")).isEqualTo("boxes");
    }

    @Test
    void columnsAreSnakeCaseAndForeignKeysEndInId() {
        assertThat(Naming.snakeCase("inStock")).isEqualTo("in_stock");
        assertThat(Naming.snakeCase("createdAt")).isEqualTo("created_at");
        assertThat(Naming.snakeCase("userID")).isEqualTo("user_id");
        assertThat(Naming.snakeCase("HTTPServer")).isEqualTo("http_server");
        assertThat(Naming.snakeCase("address2")).isEqualTo("address2");
        assertThat(Naming.columnName("category", FieldType.FOREIGN_KEY)).isEqualTo("category_id");
    }

    @Test
    void longConstraintNamesAreShortenedStably() {
        String name = Naming.constraintName("uq", "a_really_long_table_name_for_testing", List.of("first_column", "second_column"));
        assertThat(name).hasSizeLessThanOrEqualTo(63).startsWith("uq_a_really_long_table_name");
        assertThat(Naming.constraintName("uq", "a_really_long_table_name_for_testing", List.of("first_column", "second_column")))
                .isEqualTo(name);
        assertThat(Naming.constraintName("pk", "products", List.of())).isEqualTo("pk_products");
    }
}
