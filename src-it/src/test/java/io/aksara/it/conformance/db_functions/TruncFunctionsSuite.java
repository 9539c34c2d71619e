package io.aksara.it.conformance.db_functions;

import static io.aksara.it.conformance.db_functions.DateTimeData.END;
import static io.aksara.it.conformance.db_functions.DateTimeData.START;
import static io.aksara.it.conformance.db_functions.DateTimeData.createModel;
import static io.aksara.it.conformance.db_functions.DateTimeData.pair;
import static io.aksara.it.conformance.db_functions.DateTimeData.pairs;
import static io.aksara.it.conformance.db_functions.DateTimeData.startAndEnd;
import static io.aksara.it.conformance.db_functions.DateTimeData.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.errors.FieldError;
import io.aksara.expr.Expression;
import io.aksara.functions.Trunc;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/db_functions/datetime/test_extract_trunc.py {@code DateFunctionTests}, the
 * {@code Trunc} half. Django's {@code TruncMonth("x")} is {@code Trunc.of("x", "month")} here, and
 * {@code TruncDate("x")}/{@code TruncTime("x")} are the {@code __date}/{@code __time} transforms
 * ({@code F.of("x__date")}). The result has the source's type, so Django's {@code output_field}
 * (a timestamp truncated to a time) is not transcribed.
 */
@OnEveryDatabase
public class TruncFunctionsSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(DTModel.class);
    }

    /** Django's {@code truncate_to} for timestamps (UTC here, no zone to convert to). */
    static OffsetDateTime truncateTo(OffsetDateTime value, String kind) {
        return switch (kind) {
            case "second", "minute", "hour", "day" -> value.truncatedTo(switch (kind) {
                case "second" -> ChronoUnit.SECONDS;
                case "minute" -> ChronoUnit.MINUTES;
                case "hour" -> ChronoUnit.HOURS;
                default -> ChronoUnit.DAYS;
            });
            default -> OffsetDateTime.of(truncateTo(value.toLocalDate(), kind), LocalTime.MIDNIGHT, value.getOffset());
        };
    }

    /** Django's {@code truncate_to} for dates. */
    static LocalDate truncateTo(LocalDate value, String kind) {
        return switch (kind) {
            case "day" -> value;
            case "week" -> value.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> value.withDayOfMonth(1);
            case "quarter" -> LocalDate.of(value.getYear(), value.getMonthValue() - (value.getMonthValue() - 1) % 3, 1);
            case "year" -> value.withDayOfYear(1);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Django's {@code truncate_to} for times. */
    static LocalTime truncateTo(LocalTime value, String kind) {
        return value.truncatedTo(switch (kind) {
            case "second" -> ChronoUnit.SECONDS;
            case "minute" -> ChronoUnit.MINUTES;
            default -> ChronoUnit.HOURS;
        });
    }

    private static List<List<Object>> annotated(Expression e) {
        return pairs(DTModel.objects.annotate(e.as("truncated")), "truncated");
    }

    private static void assertDatetimeKind(OffsetDateTime start, OffsetDateTime end, String kind) {
        assertThat(annotated(Trunc.of("startDatetime", kind))).as(kind)
                .containsExactly(pair(start, truncateTo(start, kind)), pair(end, truncateTo(end, kind)));
    }

    private static void assertDateKind(OffsetDateTime start, OffsetDateTime end, String kind) {
        assertThat(annotated(Trunc.of("startDate", kind))).as(kind)
                .containsExactly(pair(start, truncateTo(start.toLocalDate(), kind)), pair(end, truncateTo(end.toLocalDate(), kind)));
    }

    private static void assertTimeKind(OffsetDateTime start, OffsetDateTime end, String kind) {
        assertThat(annotated(Trunc.of("startTime", kind))).as(kind)
                .containsExactly(pair(start, truncateTo(start.toLocalTime(), kind)), pair(end, truncateTo(end.toLocalTime(), kind)));
    }

    /** Django's "Cannot truncate TimeField 'start_time' to DateTimeField" and the like: refused, naming the field. */
    private static void assertRefused(String field, String kind) {
        assertThatThrownBy(() -> DTModel.objects.annotate(Trunc.of(field, kind).as("truncated")).fetch())
                .as(field + " to " + kind).isInstanceOf(FieldError.class).hasMessageContaining("'" + field + "'")
                .hasMessageContaining(field.equals("name") ? "date, a time or a timestamp" : "'" + kind + "'");
    }

    private static long countEqualToItsTrunc(String kind) {
        return DTModel.objects.filter("startDatetime", Trunc.of("startDatetime", kind)).count();
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_lookup_name_sql_injection
    @Test
    void test_trunc_lookup_name_sql_injection() {
        startAndEnd(START, END);
        // refused when the expression is made: the kind chooses SQL, it is never part of it
        assertThatThrownBy(() -> DTModel.objects.filter("startDatetime__date",
                Trunc.of("startDatetime", "year', start_datetime)) OR 1=1;--")).exists())
                .isInstanceOf(FieldError.class).hasMessageContaining("Trunc kind");
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_func
    @Test
    void test_trunc_func() {
        OffsetDateTime start = utc(999, 6, 15, 14, 30, 50, 321);
        startAndEnd(start, END);
        for (String kind : List.of("year", "quarter", "month", "day")) {
            assertDateKind(start, END, kind);
        }
        for (String kind : List.of("hour", "minute", "second")) {
            assertTimeKind(start, END, kind);
        }
        for (String kind : List.of("year", "quarter", "month", "day", "hour", "minute", "second")) {
            assertDatetimeKind(start, END, kind);
        }
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_week
    @Test
    void test_trunc_week() {
        startAndEnd(START, END);
        assertDatetimeKind(START, END, "week");
        assertDateKind(START, END, "week");
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_week_before_1000
    @Test
    void test_trunc_week_before_1000() {
        OffsetDateTime start = utc(999, 6, 15, 14, 30, 50, 321);
        startAndEnd(start, END);
        assertDatetimeKind(start, END, "week");
        assertDateKind(start, END, "week");
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_invalid_arguments
    @Test
    void test_trunc_invalid_arguments() {
        // Django: "'name' isn't a DateField, TimeField, or DateTimeField."
        assertRefused("name", "year");
        // Django: "Cannot truncate DateField 'start_date' to DateTimeField"
        assertRefused("startDate", "second");
        // Django: "Cannot truncate TimeField 'start_time' to DateTimeField"
        assertRefused("startTime", "month");
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_none
    @Test
    void test_trunc_none() {
        createModel(null, null);
        for (Trunc t : List.of(Trunc.of("startDatetime", "year"), Trunc.of("startDate", "year"), Trunc.of("startTime", "hour"))) {
            assertThat(DTModel.objects.annotate(t.as("truncated")).first().orElseThrow().annotations().get("truncated"))
                    .as(t.toString()).isNull();
        }
    }

    /** The {@code test_trunc_<kind>_func} tests: the second row ends exactly on a {@code kind}. */
    private static void truncKindFunc(String kind, boolean onDates, boolean onTimes) {
        OffsetDateTime end = truncateTo(END, kind);
        startAndEnd(START, end);
        assertDatetimeKind(START, end, kind);
        if (onDates) {
            assertDateKind(START, end, kind);
        }
        if (onTimes) {
            assertTimeKind(START, end, kind);
        }
        assertThat(countEqualToItsTrunc(kind)).isEqualTo(1);
        if (onTimes) {
            assertRefused("startDate", kind);
        } else {
            assertRefused("startTime", kind);
        }
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_year_func
    @Test
    void test_trunc_year_func() {
        truncKindFunc("year", true, false);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_quarter_func
    @Test
    void test_trunc_quarter_func() {
        OffsetDateTime end = truncateTo(utc(2016, 10, 15, 14, 10, 50, 123), "quarter");
        OffsetDateTime lastQuarter2015 = truncateTo(utc(2015, 12, 31, 14, 10, 50, 123), "quarter");
        OffsetDateTime firstQuarter2016 = truncateTo(utc(2016, 1, 1, 14, 10, 50, 123), "quarter");
        createModel(START, end);
        createModel(end, START);
        createModel(lastQuarter2015, end);
        createModel(firstQuarter2016, end);
        assertThat(annotated(Trunc.of("startDate", "quarter"))).containsExactly(
                pair(START, truncateTo(START.toLocalDate(), "quarter")),
                pair(lastQuarter2015, truncateTo(lastQuarter2015.toLocalDate(), "quarter")),
                pair(firstQuarter2016, truncateTo(firstQuarter2016.toLocalDate(), "quarter")),
                pair(end, truncateTo(end.toLocalDate(), "quarter")));
        assertThat(annotated(Trunc.of("startDatetime", "quarter"))).containsExactly(
                pair(START, truncateTo(START, "quarter")),
                pair(lastQuarter2015, truncateTo(lastQuarter2015, "quarter")),
                pair(firstQuarter2016, truncateTo(firstQuarter2016, "quarter")),
                pair(end, truncateTo(end, "quarter")));
        assertRefused("startTime", "quarter");
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_month_func
    @Test
    void test_trunc_month_func() {
        truncKindFunc("month", true, false);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_week_func
    @Test
    void test_trunc_week_func() {
        truncKindFunc("week", false, false);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_date_func
    @Test
    void test_trunc_date_func() {
        startAndEnd(START, END);
        assertThat(annotated(F.of("startDatetime__date")))
                .containsExactly(pair(START, START.toLocalDate()), pair(END, END.toLocalDate()));
        assertThat(DTModel.objects.filter("startDatetime__date", F.of("startDatetime__date")).count()).isEqualTo(2);
        // Django: "Cannot truncate TimeField 'start_time' to DateField"
        assertThatThrownBy(() -> DTModel.objects.annotate(F.of("startTime__date").as("truncated")).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("date");
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_date_none
    @Test
    void test_trunc_date_none() {
        createModel(null, null);
        assertThat(DTModel.objects.annotate(F.of("startDatetime__date").as("truncated")).first().orElseThrow()
                .annotations().get("truncated")).isNull();
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_time_func
    @Test
    void test_trunc_time_func() {
        startAndEnd(START, END);
        assertThat(annotated(F.of("startDatetime__time")))
                .containsExactly(pair(START, START.toLocalTime()), pair(END, END.toLocalTime()));
        assertThat(DTModel.objects.filter("startDatetime__time", F.of("startDatetime__time")).count()).isEqualTo(2);
        // Django: "Cannot truncate DateField 'start_date' to TimeField"
        assertThatThrownBy(() -> DTModel.objects.annotate(F.of("startDate__time").as("truncated")).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("time");
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_time_comparison
    @Test
    void test_trunc_time_comparison() {
        OffsetDateTime start = utc(2015, 6, 15, 14, 30, 26, 0);
        OffsetDateTime end = utc(2015, 6, 15, 14, 30, 26, 321);
        createModel(start, end);
        assertThat(DTModel.objects.filter("startDatetime__time", start.toLocalTime(), "endDatetime__time", end.toLocalTime())
                .exists()).isTrue();
        assertThat(DTModel.objects.annotate(F.of("startDatetime__time").as("extracted_start"),
                        F.of("endDatetime__time").as("extracted_end"))
                .filter("extracted_start", start.toLocalTime(), "extracted_end", end.toLocalTime()).exists()).isTrue();
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_day_func
    @Test
    void test_trunc_day_func() {
        truncKindFunc("day", false, false);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_hour_func
    @Test
    void test_trunc_hour_func() {
        truncKindFunc("hour", false, true);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_minute_func
    @Test
    void test_trunc_minute_func() {
        truncKindFunc("minute", false, true);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_trunc_second_func
    @Test
    void test_trunc_second_func() {
        truncKindFunc("second", false, true);
    }
}
