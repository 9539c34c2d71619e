package io.aksara.it.conformance.db_functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aksara.Model;
import io.aksara.functions.Abs;
import io.aksara.functions.Ceil;
import io.aksara.functions.Floor;
import io.aksara.functions.Func;
import io.aksara.functions.Mod;
import io.aksara.functions.Power;
import io.aksara.functions.Round;
import io.aksara.functions.Sign;
import io.aksara.functions.Sqrt;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/db_functions/math/: {@code AbsTests}, {@code CeilTests}, {@code FloorTests},
 * {@code RoundTests}, {@code SignTests}, {@code SqrtTests}, {@code ModTests}, {@code PowerTests}
 * (Java names are prefixed with the function). Python's {@code int} is {@code Integer} or
 * {@code Long} here, {@code float} is {@code Double}, {@code Decimal} is {@code BigDecimal};
 * {@code assertAlmostEqual(a, b, places=n)} is "equal to n decimal places" (7 by default).
 */
@OnEveryDatabase
class MathFunctionsSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(DecimalModel.class, FloatModel.class, IntegerModel.class);
    }

    private static Object value(Model m, String annotation) {
        return m.annotation(annotation, Object.class);
    }

    private static void assertAlmostEqual(Object actual, double expected, int places) {
        assertThat(((Number) actual).doubleValue()).isCloseTo(expected, within(0.5 * Math.pow(10, -places)));
    }

    private static DecimalModel decimals(String n1, String n2) {
        return DecimalModel.objects.create("n1", new BigDecimal(n1), "n2", new BigDecimal(n2));
    }

    private static FloatModel floats(double f1, double f2) {
        return FloatModel.objects.create("f1", f1, "f2", f2);
    }

    private static IntegerModel integers(int small, int normal, long big) {
        return IntegerModel.objects.create("small", small, "normal", normal, "big", big);
    }

    /** Django's {@code test_null}: a function of a NULL column is NULL. */
    private static void assertNullGivesNull(Function<String, Func> function) {
        IntegerModel.objects.create("big", 100L);
        assertThat(value(IntegerModel.objects.annotate(function.apply("normal").as("null_value")).first().orElseThrow(),
                "null_value")).isNull();
    }

    /** A function of one argument on DecimalModel n1/n2: both results, as BigDecimal. */
    private static BigDecimal[] onDecimals(Function<String, Func> function) {
        DecimalModel obj = DecimalModel.objects.annotate(function.apply("n1").as("a"), function.apply("n2").as("b"))
                .first().orElseThrow();
        assertThat(value(obj, "a")).isInstanceOf(BigDecimal.class);
        assertThat(value(obj, "b")).isInstanceOf(BigDecimal.class);
        return new BigDecimal[] {(BigDecimal) value(obj, "a"), (BigDecimal) value(obj, "b")};
    }

    private static double[] onFloats(Function<String, Func> function) {
        FloatModel obj = FloatModel.objects.annotate(function.apply("f1").as("a"), function.apply("f2").as("b"))
                .first().orElseThrow();
        assertThat(value(obj, "a")).isInstanceOf(Double.class);
        assertThat(value(obj, "b")).isInstanceOf(Double.class);
        return new double[] {(Double) value(obj, "a"), (Double) value(obj, "b")};
    }

    /** small, normal, big: Integer, Integer, Long (Django: int). */
    private static long[] onIntegers(Function<String, Func> function) {
        IntegerModel obj = IntegerModel.objects.annotate(function.apply("small").as("s"), function.apply("normal").as("n"),
                function.apply("big").as("b")).first().orElseThrow();
        assertThat(value(obj, "s")).isInstanceOf(Integer.class);
        assertThat(value(obj, "n")).isInstanceOf(Integer.class);
        assertThat(value(obj, "b")).isInstanceOf(Long.class);
        return new long[] {(Integer) value(obj, "s"), (Integer) value(obj, "n"), (Long) value(obj, "b")};
    }

    // Django 6.0 tests/db_functions/math/test_abs.py AbsTests.test_null
    @Test
    void abs_test_null() {
        assertNullGivesNull(Abs::of);
    }

    // Django 6.0 tests/db_functions/math/test_abs.py AbsTests.test_decimal
    @Test
    void abs_test_decimal() {
        decimals("-0.8", "1.2");
        BigDecimal[] r = onDecimals(Abs::of);
        assertThat(r[0]).isEqualByComparingTo("0.8");
        assertThat(r[1]).isEqualByComparingTo("1.2");
    }

    // Django 6.0 tests/db_functions/math/test_abs.py AbsTests.test_float
    @Test
    void abs_test_float() {
        floats(-0.5, 12);
        assertThat(onFloats(Abs::of)).containsExactly(0.5, 12.0);
    }

    // Django 6.0 tests/db_functions/math/test_abs.py AbsTests.test_integer
    @Test
    void abs_test_integer() {
        integers(12, 0, -45);
        assertThat(onIntegers(Abs::of)).containsExactly(12, 0, 45);
    }

    // Django 6.0 tests/db_functions/math/test_ceil.py CeilTests.test_null
    @Test
    void ceil_test_null() {
        assertNullGivesNull(Ceil::of);
    }

    // Django 6.0 tests/db_functions/math/test_ceil.py CeilTests.test_decimal
    @Test
    void ceil_test_decimal() {
        decimals("12.9", "0.6");
        BigDecimal[] r = onDecimals(Ceil::of);
        assertThat(r[0]).isEqualByComparingTo("13");
        assertThat(r[1]).isEqualByComparingTo("1");
    }

    // Django 6.0 tests/db_functions/math/test_ceil.py CeilTests.test_float
    @Test
    void ceil_test_float() {
        floats(-12.5, 21.33);
        assertThat(onFloats(Ceil::of)).containsExactly(-12.0, 22.0);
    }

    // Django 6.0 tests/db_functions/math/test_ceil.py CeilTests.test_integer
    @Test
    void ceil_test_integer() {
        integers(-11, 0, -100);
        assertThat(onIntegers(Ceil::of)).containsExactly(-11, 0, -100);
    }

    // Django 6.0 tests/db_functions/math/test_floor.py FloorTests.test_null
    @Test
    void floor_test_null() {
        assertNullGivesNull(Floor::of);
    }

    // Django 6.0 tests/db_functions/math/test_floor.py FloorTests.test_decimal
    @Test
    void floor_test_decimal() {
        decimals("-12.9", "0.6");
        BigDecimal[] r = onDecimals(Floor::of);
        assertThat(r[0]).isEqualByComparingTo("-13");
        assertThat(r[1]).isEqualByComparingTo("0");
    }

    // Django 6.0 tests/db_functions/math/test_floor.py FloorTests.test_float
    @Test
    void floor_test_float() {
        floats(-27.5, 0.33);
        assertThat(onFloats(Floor::of)).containsExactly(-28.0, 0.0);
    }

    // Django 6.0 tests/db_functions/math/test_floor.py FloorTests.test_integer
    @Test
    void floor_test_integer() {
        integers(-20, 15, -1);
        assertThat(onIntegers(Floor::of)).containsExactly(-20, 15, -1);
    }

    // Django 6.0 tests/db_functions/math/test_round.py RoundTests.test_null, test_null_with_precision,
    // test_null_with_negative_precision
    @Test
    void round_test_null() {
        assertNullGivesNull(Round::of);
        assertThat(value(IntegerModel.objects.annotate(Round.of("normal", 5).as("r")).first().orElseThrow(), "r")).isNull();
        assertThat(value(IntegerModel.objects.annotate(Round.of("normal", -1).as("r")).first().orElseThrow(), "r")).isNull();
    }

    // Django 6.0 tests/db_functions/math/test_round.py RoundTests.test_decimal
    @Test
    void round_test_decimal() {
        decimals("-12.9", "0.6");
        BigDecimal[] r = onDecimals(Round::of);
        assertAlmostEqual(r[0], -12.9, 0);
        assertAlmostEqual(r[1], 0.6, 0);
    }

    // Django 6.0 tests/db_functions/math/test_round.py RoundTests.test_decimal_with_precision
    // (Django stores Pi() in n2; here the same value from Java, to n2's 7 decimal places)
    @Test
    void round_test_decimal_with_precision() {
        decimals("-5.75", "3.1415927");
        BigDecimal[] r = onDecimalsRounded(1, 5);
        assertAlmostEqual(r[0], -5.75, 1);
        assertAlmostEqual(r[1], 3.1415927, 5);
    }

    private static BigDecimal[] onDecimalsRounded(int n1Places, int n2Places) {
        DecimalModel obj = DecimalModel.objects.annotate(Round.of("n1", n1Places).as("a"), Round.of("n2", n2Places).as("b"))
                .first().orElseThrow();
        assertThat(value(obj, "a")).isInstanceOf(BigDecimal.class);
        assertThat(value(obj, "b")).isInstanceOf(BigDecimal.class);
        return new BigDecimal[] {(BigDecimal) value(obj, "a"), (BigDecimal) value(obj, "b")};
    }

    // Django 6.0 tests/db_functions/math/test_round.py RoundTests.test_decimal_with_negative_precision
    @Test
    void round_test_decimal_with_negative_precision() {
        DecimalModel.objects.create("n1", new BigDecimal("365.25"));
        Object r = value(DecimalModel.objects.annotate(Round.of("n1", -1).as("r")).first().orElseThrow(), "r");
        assertThat(r).isInstanceOf(BigDecimal.class);
        assertThat((BigDecimal) r).isEqualByComparingTo("370");
    }

    // Django 6.0 tests/db_functions/math/test_round.py RoundTests.test_float
    @Test
    void round_test_float() {
        floats(-27.55, 0.55);
        double[] r = onFloats(Round::of);
        assertAlmostEqual(r[0], -27.55, 0);
        assertAlmostEqual(r[1], 0.55, 0);
    }

    // Django 6.0 tests/db_functions/math/test_round.py RoundTests.test_float_with_precision (f2 = pi from Java)
    @Test
    void round_test_float_with_precision() {
        floats(-5.75, Math.PI);
        FloatModel obj = FloatModel.objects.annotate(Round.of("f1", 1).as("a"), Round.of("f2", 5).as("b")).first().orElseThrow();
        assertThat(value(obj, "a")).isInstanceOf(Double.class);
        assertThat(value(obj, "b")).isInstanceOf(Double.class);
        assertAlmostEqual(value(obj, "a"), -5.75, 1);
        assertAlmostEqual(value(obj, "b"), Math.PI, 5);
    }

    // Django 6.0 tests/db_functions/math/test_round.py RoundTests.test_float_with_negative_precision
    @Test
    void round_test_float_with_negative_precision() {
        FloatModel.objects.create("f1", 365.25);
        Object r = value(FloatModel.objects.annotate(Round.of("f1", -1).as("r")).first().orElseThrow(), "r");
        assertThat(r).isEqualTo(370.0);
    }

    // Django 6.0 tests/db_functions/math/test_round.py RoundTests.test_integer
    @Test
    void round_test_integer() {
        integers(-20, 15, -1);
        assertThat(onIntegers(Round::of)).containsExactly(-20, 15, -1);
    }

    // Django 6.0 tests/db_functions/math/test_round.py RoundTests.test_integer_with_precision
    @Test
    void round_test_integer_with_precision() {
        integers(-5, 3, -100);
        IntegerModel obj = IntegerModel.objects.annotate(Round.of("small", 1).as("s"), Round.of("normal", 5).as("n"),
                Round.of("big", 2).as("b")).first().orElseThrow();
        assertThat(value(obj, "s")).isEqualTo(-5);
        assertThat(value(obj, "n")).isEqualTo(3);
        assertThat(value(obj, "b")).isEqualTo(-100L);
    }

    // Django 6.0 tests/db_functions/math/test_round.py RoundTests.test_integer_with_negative_precision
    // (370: none of these databases has Django's rounds_to_even)
    @Test
    void round_test_integer_with_negative_precision() {
        IntegerModel.objects.create("normal", 365);
        assertThat(value(IntegerModel.objects.annotate(Round.of("normal", -1).as("r")).first().orElseThrow(), "r"))
                .isEqualTo(370);
    }

    // Django 6.0 tests/db_functions/math/test_sign.py SignTests.test_null
    @Test
    void sign_test_null() {
        assertNullGivesNull(Sign::of);
    }

    // Django 6.0 tests/db_functions/math/test_sign.py SignTests.test_decimal
    @Test
    void sign_test_decimal() {
        decimals("-12.9", "0.6");
        BigDecimal[] r = onDecimals(Sign::of);
        assertThat(r[0]).isEqualByComparingTo("-1");
        assertThat(r[1]).isEqualByComparingTo("1");
    }

    // Django 6.0 tests/db_functions/math/test_sign.py SignTests.test_float
    @Test
    void sign_test_float() {
        floats(-27.5, 0.33);
        assertThat(onFloats(Sign::of)).containsExactly(-1.0, 1.0);
    }

    // Django 6.0 tests/db_functions/math/test_sign.py SignTests.test_integer
    @Test
    void sign_test_integer() {
        integers(-20, 0, 20);
        assertThat(onIntegers(Sign::of)).containsExactly(-1, 0, 1);
    }

    // Django 6.0 tests/db_functions/math/test_sqrt.py SqrtTests.test_null
    @Test
    void sqrt_test_null() {
        assertNullGivesNull(Sqrt::of);
    }

    // Django 6.0 tests/db_functions/math/test_sqrt.py SqrtTests.test_decimal
    @Test
    void sqrt_test_decimal() {
        decimals("12.9", "0.6");
        BigDecimal[] r = onDecimals(Sqrt::of);
        assertAlmostEqual(r[0], Math.sqrt(12.9), 7);
        assertAlmostEqual(r[1], Math.sqrt(0.6), 7);
    }

    // Django 6.0 tests/db_functions/math/test_sqrt.py SqrtTests.test_float
    @Test
    void sqrt_test_float() {
        floats(27.5, 0.33);
        double[] r = onFloats(Sqrt::of);
        assertAlmostEqual(r[0], Math.sqrt(27.5), 7);
        assertAlmostEqual(r[1], Math.sqrt(0.33), 7);
    }

    // Django 6.0 tests/db_functions/math/test_sqrt.py SqrtTests.test_integer (Django: float results)
    @Test
    void sqrt_test_integer() {
        integers(20, 15, 1);
        IntegerModel obj = IntegerModel.objects.annotate(Sqrt.of("small").as("s"), Sqrt.of("normal").as("n"),
                Sqrt.of("big").as("b")).first().orElseThrow();
        for (String name : List.of("s", "n", "b")) {
            assertThat(value(obj, name)).isInstanceOf(Double.class);
        }
        assertAlmostEqual(value(obj, "s"), Math.sqrt(20), 7);
        assertAlmostEqual(value(obj, "n"), Math.sqrt(15), 7);
        assertAlmostEqual(value(obj, "b"), Math.sqrt(1), 7);
    }

    // Django 6.0 tests/db_functions/math/test_mod.py ModTests.test_null
    @Test
    void mod_test_null() {
        IntegerModel.objects.create("big", 100L);
        IntegerModel obj = IntegerModel.objects.annotate(Mod.of("small", "normal").as("null_mod_small"),
                Mod.of("normal", "big").as("null_mod_normal")).first().orElseThrow();
        assertThat(value(obj, "null_mod_small")).isNull();
        assertThat(value(obj, "null_mod_normal")).isNull();
    }

    // Django 6.0 tests/db_functions/math/test_mod.py ModTests.test_decimal
    @Test
    void mod_test_decimal() {
        decimals("-9.9", "4.6");
        Object r = value(DecimalModel.objects.annotate(Mod.of("n1", "n2").as("n_mod")).first().orElseThrow(), "n_mod");
        assertThat(r).isInstanceOf(BigDecimal.class);
        assertAlmostEqual(r, -9.9 % 4.6, 7);
    }

    // Django 6.0 tests/db_functions/math/test_mod.py ModTests.test_float
    @Test
    void mod_test_float() {
        floats(-25, 0.33);
        Object r = value(FloatModel.objects.annotate(Mod.of("f1", "f2").as("f_mod")).first().orElseThrow(), "f_mod");
        assertThat(r).isInstanceOf(Double.class);
        assertAlmostEqual(r, -25 % 0.33, 7);
    }

    // Django 6.0 tests/db_functions/math/test_mod.py ModTests.test_integer (Django: float results)
    @Test
    void mod_test_integer() {
        integers(20, 15, 1);
        IntegerModel obj = IntegerModel.objects.annotate(Mod.of("small", "normal").as("small_mod"),
                Mod.of("normal", "big").as("normal_mod"), Mod.of("big", "small").as("big_mod")).first().orElseThrow();
        assertThat(value(obj, "small_mod")).isEqualTo(5.0);
        assertThat(value(obj, "normal_mod")).isEqualTo(0.0);
        assertThat(value(obj, "big_mod")).isEqualTo(1.0);
    }

    // Django 6.0 tests/db_functions/math/test_power.py PowerTests.test_null
    @Test
    void power_test_null() {
        IntegerModel.objects.create("big", 100L);
        IntegerModel obj = IntegerModel.objects.annotate(Power.of("small", "normal").as("a"), Power.of("normal", "big").as("b"),
                Power.of("big", "normal").as("c")).first().orElseThrow();
        assertThat(value(obj, "a")).isNull();
        assertThat(value(obj, "b")).isNull();
        assertThat(value(obj, "c")).isNull();
    }

    // Django 6.0 tests/db_functions/math/test_power.py PowerTests.test_decimal
    @Test
    void power_test_decimal() {
        decimals("1.0", "-0.6");
        Object r = value(DecimalModel.objects.annotate(Power.of("n1", "n2").as("n_power")).first().orElseThrow(), "n_power");
        assertThat(r).isInstanceOf(BigDecimal.class);
        assertAlmostEqual(r, Math.pow(1.0, -0.6), 7);
    }

    // Django 6.0 tests/db_functions/math/test_power.py PowerTests.test_float
    @Test
    void power_test_float() {
        floats(2.3, 1.1);
        Object r = value(FloatModel.objects.annotate(Power.of("f1", "f2").as("f_power")).first().orElseThrow(), "f_power");
        assertThat(r).isInstanceOf(Double.class);
        assertAlmostEqual(r, Math.pow(2.3, 1.1), 7);
    }

    // Django 6.0 tests/db_functions/math/test_power.py PowerTests.test_integer (Django: float results)
    @Test
    void power_test_integer() {
        integers(-1, 20, 3);
        IntegerModel obj = IntegerModel.objects.annotate(Power.of("small", "normal").as("s"), Power.of("normal", "big").as("n"),
                Power.of("big", "small").as("b")).first().orElseThrow();
        for (String name : List.of("s", "n", "b")) {
            assertThat(value(obj, name)).isInstanceOf(Double.class);
        }
        assertAlmostEqual(value(obj, "s"), Math.pow(-1, 20), 7);
        assertAlmostEqual(value(obj, "n"), Math.pow(20, 3), 7);
        assertAlmostEqual(value(obj, "b"), Math.pow(3, -1), 7);
    }
}
