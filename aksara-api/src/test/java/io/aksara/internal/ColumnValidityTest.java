package io.aksara.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Model;
import io.aksara.meta.FieldAccess;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldMetaBuilder;
import io.aksara.meta.FieldType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A column passes as a whole exactly when every one of its values passes {@link Validator#checkStored}:
 * the values the quick tests settle and the edges they leave to it (the first and last years, a text
 * over its limit in chars but not in code points, NUL, an unpaired surrogate, choices, trailing
 * zeros, a NULL where none is allowed).
 */
class ColumnValidityTest {
    static final class Row extends Model {
        Object value;
    }

    private static <V> FieldMeta<Row, V> field(FieldType type, Class<V> javaType, UnaryOperator<FieldMetaBuilder<Row, V>> rules) {
        return rules.apply(FieldMeta.<Row, V>builder("value", type, javaType)
                .access(FieldAccess.of(m -> javaType.cast(m.value), (m, v) -> m.value = v))).build();
    }

    /** Every value alone, and all together, as checkStored answers. */
    private static void agrees(FieldMeta<?, ?> field, Object... values) {
        boolean all = true;
        for (Object v : values) {
            boolean one = Validator.checkStored(field, v).isEmpty();
            assertThat(ColumnValidity.allPass(field, new Object[] {v}, 1)).as("%s", v).isEqualTo(one);
            all &= one;
        }
        assertThat(ColumnValidity.allPass(field, values, values.length)).isEqualTo(all);
        assertThat(ColumnValidity.allPass(field, Arrays.copyOf(values, values.length + 1), values.length)).isEqualTo(all);
    }

    private static OffsetDateTime year(int year) {
        return OffsetDateTime.of(year, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    }

    @Test
    void timestampsOfTheEdgeYearsGetTheExactCheck() {
        FieldMeta<Row, OffsetDateTime> at = field(FieldType.DATE_TIME, OffsetDateTime.class, b -> b);
        agrees(at, year(2026), year(2), year(9998));
        agrees(at, year(2026), OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
        agrees(at, year(1), year(9999));
        agrees(at, year(2026), null);
        agrees(field(FieldType.DATE_TIME, OffsetDateTime.class, b -> b.nullable(true)), year(2026), null);
    }

    @Test
    void textsWithinTheirLimitPassAndTheRestAreCheckedInFull() {
        FieldMeta<Row, String> text = field(FieldType.STRING, String.class, b -> b.maxLength(3));
        agrees(text, "abc", "", "äöü");
        agrees(text, "abc", "abcd");
        agrees(text, "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", "ab"); // three code points in six chars
        agrees(text, "a\u0000b");
        agrees(text, "a\uD800");
        agrees(text, "ok", null);
        agrees(field(FieldType.TEXT, String.class, b -> b), "x".repeat(10_000), "a\u0000");
        agrees(field(FieldType.STRING, String.class, b -> b.maxLength(5).choices("red", "green")), "red", "green");
        agrees(field(FieldType.STRING, String.class, b -> b.maxLength(5).choices("red", "green")), "red", "blue");
        agrees(field(FieldType.EMAIL, String.class, b -> b.maxLength(50)), "a@example.com", "not an address");
    }

    @Test
    void decimalsWithinTheirDigitsPassAndTrailingZerosAreStrippedFirst() {
        FieldMeta<Row, BigDecimal> price = field(FieldType.DECIMAL, BigDecimal.class, b -> b.digits(5, 2));
        agrees(price, new BigDecimal("123.45"), new BigDecimal("0.1"), new BigDecimal("-999.99"));
        agrees(price, new BigDecimal("1.2300"), new BigDecimal("1E+2"));
        agrees(price, new BigDecimal("1.234"));
        agrees(price, new BigDecimal("1234.5"));
        agrees(price, new BigDecimal("1"), null);
    }

    @Test
    void otherKindsGoToTheFullCheck() {
        agrees(field(FieldType.FLOAT, Double.class, b -> b), 1.5, Double.NaN);
        agrees(field(FieldType.INTEGER, Integer.class, b -> b.choices("1", "2")), 1, 3);
    }
}
