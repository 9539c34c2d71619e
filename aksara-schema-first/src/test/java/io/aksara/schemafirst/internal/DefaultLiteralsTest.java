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
        assertThat(DefaultLiterals.parse("9.990", FieldType.DECIMAL)).isEqualTo("9.990");
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
        assertThat(DefaultLiterals.parse("'2026-01-02'", FieldType.DATE)).isNull();
        assertThat(DefaultLiterals.parse("NULL", FieldType.STRING)).isNull();
        assertThat(DefaultLiterals.parse("'x'", null)).isNull();
    }
}
