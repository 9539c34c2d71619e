package io.aksara.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A @GeneratedField expression in field names becomes SQL in column names; anything else stays as written. */
class GeneratedExpressionTest {
    private static final Map<String, String> COLUMNS = Map.of("unitPrice", "unit_price", "unit_price", "unit_price",
            "quantity", "quantity", "item", "item", "createdOn", "created_on", "created_on", "created_on");

    private static String sql(String expression) {
        return GeneratedExpression.toSql(expression, COLUMNS::get);
    }

    @Test
    void fieldNamesBecomeColumnsAndSqlStaysAsWritten() {
        assertThat(sql("unitPrice * quantity")).isEqualTo("unit_price * quantity");
        assertThat(sql("case when quantity > 0 then cast(unitPrice as double precision) else null end"))
                .isEqualTo("case when quantity > 0 then cast(unit_price as double precision) else null end");
        assertThat(sql("coalesce(lower(item), 'unitPrice') || 'it''s'")).isEqualTo("coalesce(lower(item), 'unitPrice') || 'it''s'");
        assertThat(sql("extract(year from createdOn) + 1.5")).isEqualTo("extract(year from created_on) + 1.5");
    }

    @Test
    void namesAsDatabasesReportThemAreColumns() {
        assertThat(sql("(unit_price * (quantity)::numeric)")).isEqualTo("(unit_price * (quantity)::numeric)");
        assertThat(sql("`unit_price` * `quantity`")).isEqualTo("unit_price * quantity");
        assertThat(sql("\"UNIT_PRICE\" * \"QUANTITY\"")).isEqualTo("unit_price * quantity");
    }

    @Test
    void aNameThatIsNoFieldIsRefusedByName() {
        assertThatThrownBy(() -> sql("unitPrce * quantity")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the expression 'unitPrce * quantity' names 'unitPrce', which is no field of the model"
                        + " (nor an SQL word or function)");
        assertThatThrownBy(() -> sql("'open")).hasMessageContaining("has an unclosed '");
    }
}
