package io.aksara.jooq.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.errors.FieldError;
import io.aksara.jooq.internal.JdbcValues;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.UnsupportedFeature;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.kinds.CodecKind;
import io.aksara.kinds.DecimalKind;
import io.aksara.kinds.FieldKind;
import io.aksara.kinds.FieldKinds;
import io.aksara.kinds.IntegerArrayKind;
import io.aksara.meta.FieldAccess;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.SQLDataType;
import org.jooq.types.DayToSecond;
import org.junit.jupiter.api.Test;

class SqlTypesTest {
    private static final SQLDialect[] DIALECTS = {SQLDialect.POSTGRES, SQLDialect.MYSQL, SQLDialect.MARIADB, SQLDialect.H2,
        SQLDialect.SQLITE};

    /** Temperatures kept as whole hundredths of a degree in an INTEGER: a value class of its own. */
    record Celsius(BigDecimal degrees) {}

    static class HundredthsColumn implements SqlType {
        @Override
        public DataType<?> dataType(FieldMeta<?, ?> field, SQLDialect dialect) {
            return SQLDataType.INTEGER;
        }

        @Override
        public ColumnReader reader(SQLDialect dialect) {
            return ResultSet::getInt;
        }

        @Override
        public String changelogType(FieldMeta<?, ?> field) {
            return "INT";
        }

        @Override
        public Class<?> valueClass() {
            return Celsius.class;
        }

        @Override
        public Object toJdbc(Object value, SQLDialect dialect) {
            return ((Celsius) value).degrees().movePointRight(2).intValueExact();
        }
    }

    public static final class CelsiusKind implements FieldKind<Celsius>, DeclaresSqlType {
        @Override public FieldType type() { return FieldType.INTEGER; }
        @Override public Class<Celsius> javaClass() { return Celsius.class; }
        @Override public Object toColumn(FieldMeta<?, ?> field, Object value) {
            if (value instanceof Celsius) {
                return value;
            }
            throw FieldError.wrongType(field, "a Celsius", value);
        }
        @Override public Object parseDefault(String text) { return new Celsius(new BigDecimal(text)); }
        @Override public SqlType sqlType() { return new HundredthsColumn(); }
    }

    public static final class PriceKind extends CodecKind<String, BigDecimal> {
        public PriceKind() { super(String.class, DecimalKind.class); }
        @Override protected BigDecimal toStored(String value) { return new BigDecimal(value); }
        @Override protected String fromStored(BigDecimal stored) { return stored.toPlainString(); }
    }

    @Test
    void everyBuiltInColumnTypeHasOneSqlTypeOnEveryDatabase() {
        for (FieldType type : FieldType.values()) {
            if (type == FieldType.FOREIGN_KEY) {
                assertThatThrownBy(() -> SqlTypes.of(type)).isInstanceOf(IllegalStateException.class);
                continue;
            }
            FieldMeta<?, ?> field = FieldMeta.builder("f", type, type.javaClass()).maxLength(10).digits(8, 2)
                    .access(FieldAccess.of(m -> null, (m, v) -> { })).build();
            SqlType sql = SqlTypes.of(type);
            assertThat(SqlTypes.of(field)).isSameAs(sql);
            assertThat(sql.changelogType(field)).as(type.name()).isNotBlank();
            for (SQLDialect d : DIALECTS) {
                if (type == FieldType.ARRAY && !Vendors.of(d).has(Feature.ARRAYS)) {
                    // arrays are PostgreSQL's: elsewhere the column is refused before any SQL
                    assertThatThrownBy(() -> sql.dataType(field, d)).isInstanceOf(UnsupportedFeature.class)
                            .hasMessageContaining("has no array columns");
                    continue;
                }
                assertThat(sql.dataType(field, d)).as(type + " on " + d).isNotNull();
                assertThat(sql.dataType(null, d)).as(type + " computed on " + d).isNotNull();
                assertThat(sql.reader(d)).as(type + " reader on " + d).isNotNull();
            }
        }
    }

    @Test
    void anArrayIsAPostgresArrayOfItsElement() {
        FieldMeta<?, ?> scores = FieldMeta.builder("scores", FieldKinds.get(IntegerArrayKind.class), List.class)
                .access(FieldAccess.of(m -> null, (m, v) -> { })).build();
        SqlType array = SqlTypes.of(scores);
        assertThat(array.dataType(scores, SQLDialect.POSTGRES)).isEqualTo(SQLDataType.INTEGER.getArrayDataType());
        assertThat(array.changelogType(scores)).isEqualTo("INTEGER[]");
        assertThat(array.dataType(null, SQLDialect.POSTGRES)).isEqualTo(SQLDataType.CLOB.getArrayDataType());
        assertThat(FieldKinds.get(IntegerArrayKind.class).toColumn(scores, List.of(1, 2))).isEqualTo(new Integer[] {1, 2});
    }

    @Test
    void aDurationIsAnIntervalOnPostgresAndMicrosecondsElsewhere() {
        SqlType duration = SqlTypes.of(FieldType.DURATION);
        assertThat(duration.dataType(null, SQLDialect.POSTGRES)).isEqualTo(SQLDataType.INTERVALDAYTOSECOND);
        assertThat(duration.dataType(null, SQLDialect.MYSQL)).isEqualTo(SQLDataType.BIGINT);
        assertThat(duration.changelogType(null)).isEqualTo("${aksara.duration}");
        Duration d = Duration.ofMinutes(90).plusNanos(1_999);
        assertThat(JdbcValues.toJdbc(d, SQLDialect.H2)).isEqualTo(5_400_000_001L);
        assertThat(JdbcValues.toJdbc(d, SQLDialect.SQLITE)).isEqualTo(5_400_000_001L);
        Object pg = JdbcValues.toJdbc(d, SQLDialect.POSTGRES);
        assertThat(pg).isInstanceOf(DayToSecond.class);
        assertThat(JdbcValues.forStatement(pg, SQLDialect.POSTGRES)).isEqualTo("5400000001 microseconds");
    }

    @Test
    void aKindThatDeclaresItsSqlTypeIsStoredAndBoundAsThat() {
        SqlType celsius = SqlTypes.of(FieldKinds.get(CelsiusKind.class));
        assertThat(celsius).isInstanceOf(HundredthsColumn.class);
        assertThat(SqlTypes.of(FieldKinds.get(CelsiusKind.class))).isSameAs(celsius);
        // its values are converted by the declared type wherever they are bound
        assertThat(JdbcValues.toJdbc(new Celsius(new BigDecimal("21.5")), SQLDialect.POSTGRES)).isEqualTo(2150);
        assertThat(JdbcValues.toJdbc(new Celsius(new BigDecimal("-3.25")), SQLDialect.SQLITE)).isEqualTo(-325);
        // other values are untouched
        assertThat(JdbcValues.toJdbc(2150, SQLDialect.POSTGRES)).isEqualTo(2150);
    }

    @Test
    void aCodecKindIsStoredAsItsStoredKindUnlessRegistered() {
        assertThat(SqlTypes.of(FieldKinds.get(PriceKind.class))).isSameAs(SqlTypes.of(FieldType.DECIMAL));
    }

    @Test
    void twoTypesCannotConvertOneValueClass() {
        SqlTypes.of(FieldKinds.get(CelsiusKind.class));
        SqlType other = new HundredthsColumn() {};
        assertThatThrownBy(() -> SqlTypes.register(PriceKind.class, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("converts " + Celsius.class.getName());
        assertThat(SqlTypes.of(FieldKinds.get(PriceKind.class))).isSameAs(SqlTypes.of(FieldType.DECIMAL));
    }
}
