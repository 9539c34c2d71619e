package io.aksara.schemafirst.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.meta.FieldType;
import org.junit.jupiter.api.Test;

/** Column defaults as databases write them, read into field initializers. */
class DefaultLiteralsTest {
    @Test
    void textDefaultsLoseTheirQuotesAndCasts() {
        assertThat(DefaultLiterals.parse("'open'", FieldType.STRING)).isEqualTo("open");
        assertThat(DefaultLiterals.parse("cast('open' as varchar)", FieldType.STRING)).isEqualTo("open");
        assertThat(DefaultLiterals.parse("'open'::character varying", FieldType.STRING)).isEqualTo("open");
        assertThat(DefaultLiterals.parse("'it''s'", FieldType.TEXT)).isEqualTo("it's");
        assertThat(DefaultLiterals.parse("'''open'''", FieldType.STRING)).isEqualTo("open"); // MariaDB driver
    }

    @Test
    void numbersAndBooleansAreNormalised() {
        assertThat(DefaultLiterals.parse("(5)", FieldType.INTEGER)).isEqualTo("5");
        assertThat(DefaultLiterals.parse("'5'", FieldType.BIG_INTEGER)).isEqualTo("5");
        // by value, as Liquibase writes a numeric default (0.00 → 0)
        assertThat(DefaultLiterals.parse("9.990", FieldType.DECIMAL)).isEqualTo("9.99");
        assertThat(DefaultLiterals.parse("0.00", FieldType.DECIMAL)).isEqualTo("0");
        assertThat(DefaultLiterals.parse("cast(9.99 as numeric)", FieldType.DECIMAL)).isEqualTo("9.99");
        assertThat(DefaultLiterals.parse("1.5", FieldType.FLOAT)).isEqualTo("1.5");
        assertThat(DefaultLiterals.parse("TRUE", FieldType.BOOLEAN)).isEqualTo("true");
        assertThat(DefaultLiterals.parse("0", FieldType.BOOLEAN)).isEqualTo("false");
    }

    @Test
    void expressionsAndOtherTypesHaveNoLiteral() {
        assertThat(DefaultLiterals.parse("now()", FieldType.DATE_TIME)).isNull();
        assertThat(DefaultLiterals.parse("CURRENT_TIMESTAMP", FieldType.STRING)).isNull();
        assertThat(DefaultLiterals.parse("nextval('x_id_seq'::regclass)", FieldType.BIG_INTEGER)).isNull();
        assertThat(DefaultLiterals.parse("'02.01.2026'", FieldType.DATE)).isNull();
        assertThat(DefaultLiterals.parse("NULL", FieldType.STRING)).isNull();
        assertThat(DefaultLiterals.parse("'x'", null)).isNull();
    }

    @Test
    void aDateLiteralIsKeptAsTheTextOfADefault() {
        assertThat(DefaultLiterals.parse("'2026-01-02'", FieldType.DATE)).isEqualTo("2026-01-02");
        assertThat(DefaultLiterals.parse("'2026-01-02'::date", FieldType.DATE)).isEqualTo("2026-01-02");
        assertThat(DefaultLiterals.parse("date '2026-01-02'", FieldType.DATE)).isEqualTo("2026-01-02"); // jOOQ's rendering
    }

    @Test
    void anExpressionIsKeptAsSqlAndNullIsNoDefault() {
        assertThat(DefaultLiterals.expression("now()", FieldType.DATE_TIME)).isEqualTo("now()");
        assertThat(DefaultLiterals.expression(" CURRENT_DATE ", FieldType.DATE)).isEqualTo("CURRENT_DATE");
        assertThat(DefaultLiterals.expression("nextval('x_seq'::regclass)", FieldType.INTEGER))
                .isEqualTo("nextval('x_seq'::regclass)");
        assertThat(DefaultLiterals.expression("NULL", FieldType.STRING)).isNull();
        assertThat(DefaultLiterals.expression("NULL::character varying", FieldType.STRING)).isNull();
    }
}
