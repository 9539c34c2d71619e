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
import io.aksara.expr.OuterRef;
import io.aksara.expr.Subquery;
import io.aksara.functions.Extract;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/db_functions/datetime/test_extract_trunc.py {@code DateFunctionTests}, the
 * {@code Extract} half. Django's {@code ExtractYear("x")} is {@code Extract.of("x", "year")} here;
 * the parts are numbered as Django numbers them on every database. Django's assertions on the SQL
 * text (that {@code __year} is a BETWEEN) are left out; the counts are kept.
 */
@OnEveryDatabase
public class ExtractFunctionsSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(DTModel.class);
    }

    private static Extract extract(String field, String part) {
        return Extract.of(field, part);
    }

    private static List<List<Object>> extracted(String field, String part) {
        return pairs(DTModel.objects.annotate(extract(field, part).as("extracted")), "extracted");
    }

    private static void startAndEndOfJune() {
        startAndEnd(START, END);
    }

    private static void assertPart(String field, String part, int startValue, int endValue) {
        assertThat(extracted(field, part)).containsExactly(pair(START, startValue), pair(END, endValue));
    }

    private static long countWhere(String lookup, Object value) {
        return DTModel.objects.filter(lookup, value).count();
    }

    private static void yearPairs() {
        startAndEnd(utc(2015, 6, 15, 14, 10), utc(2016, 6, 15, 14, 10));
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_year_exact_lookup
    @Test
    void test_extract_year_exact_lookup() {
        yearPairs();
        for (String lookup : List.of("year", "iso_year")) {
            assertThat(countWhere("startDatetime__" + lookup + "__exact", 2015)).as(lookup).isEqualTo(1);
            assertThat(countWhere("startDatetime__" + lookup, 2015)).as(lookup).isEqualTo(1);
            assertThat(countWhere("startDate__" + lookup, 2015)).as(lookup).isEqualTo(1);
            assertThat(DTModel.objects.annotate(extract("startDatetime", "year").as("start_year"))
                    .filter("endDatetime__year", F.of("start_year").plus(1)).count()).as(lookup).isEqualTo(1);
        }
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_year_greaterthan_lookup
    @Test
    void test_extract_year_greaterthan_lookup() {
        yearPairs();
        for (String lookup : List.of("year", "iso_year")) {
            assertThat(countWhere("startDatetime__" + lookup + "__gt", 2015)).as(lookup).isEqualTo(1);
            assertThat(countWhere("startDatetime__" + lookup + "__gte", 2015)).as(lookup).isEqualTo(2);
            assertThat(DTModel.objects.annotate(extract("startDatetime", "year").as("start_year"))
                    .filter("endDatetime__" + lookup + "__gte", F.of("start_year")).count()).as(lookup).isEqualTo(1);
        }
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_year_lessthan_lookup
    @Test
    void test_extract_year_lessthan_lookup() {
        yearPairs();
        for (String lookup : List.of("year", "iso_year")) {
            assertThat(countWhere("startDatetime__" + lookup + "__lt", 2016)).as(lookup).isEqualTo(1);
            assertThat(countWhere("startDatetime__" + lookup + "__lte", 2016)).as(lookup).isEqualTo(2);
            assertThat(DTModel.objects.annotate(extract("endDatetime", "year").as("end_year"))
                    .filter("startDatetime__" + lookup + "__lte", F.of("end_year")).count()).as(lookup).isEqualTo(1);
        }
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_lookup_name_sql_injection
    @Test
    void test_extract_lookup_name_sql_injection() {
        startAndEndOfJune();
        // refused when the expression is made: a part is a name, never SQL
        assertThatThrownBy(() -> DTModel.objects.filter("startDatetime__year",
                extract("startDatetime", "day' FROM start_datetime)) OR 1=1;--")).exists())
                .isInstanceOf(FieldError.class).hasMessageContaining("Extract");
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_func
    @Test
    void test_extract_func() {
        startAndEndOfJune();
        // Django: "Extract input expression must be DateField, DateTimeField, TimeField, or DurationField."
        assertThatThrownBy(() -> DTModel.objects.annotate(extract("name", "hour").as("extracted")).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("hour").hasMessageContaining("name");
        // Django: "Cannot extract time component 'second' from DateField 'start_date'."
        assertThatThrownBy(() -> DTModel.objects.annotate(extract("startDate", "second").as("extracted")).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("second").hasMessageContaining("startDate");
        assertPart("startDatetime", "year", START.getYear(), END.getYear());
        assertPart("startDatetime", "quarter", 2, 2);
        assertPart("startDatetime", "month", START.getMonthValue(), END.getMonthValue());
        assertPart("startDatetime", "day", START.getDayOfMonth(), END.getDayOfMonth());
        assertPart("startDatetime", "week", 25, 24);
        assertPart("startDatetime", "week_day", weekDay(START), weekDay(END));
        assertPart("startDatetime", "iso_week_day", isoWeekDay(START), isoWeekDay(END));
        assertPart("startDatetime", "hour", START.getHour(), END.getHour());
        assertPart("startDatetime", "minute", START.getMinute(), END.getMinute());
        assertPart("startDatetime", "second", START.getSecond(), END.getSecond());
        assertThat(countWhere("startDatetime__year", extract("startDatetime", "year"))).isEqualTo(2);
        assertThat(countWhere("startDatetime__hour", extract("startDatetime", "hour"))).isEqualTo(2);
        assertThat(countWhere("startDate__month", extract("startDate", "month"))).isEqualTo(2);
        assertThat(countWhere("startTime__hour", extract("startTime", "hour"))).isEqualTo(2);
    }

    /** Django's {@code (d.isoweekday() % 7) + 1}: 1 is Sunday. */
    private static int weekDay(OffsetDateTime d) {
        return d.getDayOfWeek().getValue() % 7 + 1;
    }

    private static int isoWeekDay(OffsetDateTime d) {
        return d.getDayOfWeek().getValue();
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_none
    @Test
    void test_extract_none() {
        createModel(null, null);
        for (Extract t : List.of(extract("startDatetime", "year"), extract("startDate", "year"), extract("startTime", "hour"))) {
            assertThat(DTModel.objects.annotate(t.as("extracted")).first().orElseThrow().annotation("extracted", Integer.class))
                    .as(t.toString()).isNull();
        }
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_outerref_validation
    @Test
    void test_extract_outerref_validation() {
        // Django: "Extract input expression must be DateField, DateTimeField, TimeField, or DurationField."
        // Here the inner filter is refused already: a month is no value for a text field
        assertThatThrownBy(() -> {
            var inner = DTModel.objects.filter("name", Extract.of(OuterRef.of("name"), "month"));
            DTModel.objects.annotate(Subquery.of(inner.slice(0, 1), "name").as("related_name")).fetch();
        }).isInstanceOf(FieldError.class).hasMessageContaining("month");
        // a date part of an outer text column is refused when the reference is bound
        assertThatThrownBy(() -> {
            var inner = DTModel.objects.filter("startDatetime__month", Extract.of(OuterRef.of("name"), "month"));
            DTModel.objects.annotate(Subquery.of(inner.slice(0, 1), "name").as("related_name")).fetch();
        }).isInstanceOf(FieldError.class).hasMessageContaining("month").hasMessageContaining("name");
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_duration_unsupported_lookups
    @Test
    void test_extract_duration_unsupported_lookups() {
        for (String part : List.of("year", "iso_year", "month", "week", "week_day", "iso_week_day", "quarter")) {
            // Django: "Cannot extract component '<part>' from DurationField 'duration'."
            assertThatThrownBy(() -> DTModel.objects.annotate(extract("duration", part).as("extracted")))
                    .as(part).isInstanceOf(FieldError.class).hasMessageContaining(part).hasMessageContaining("duration");
        }
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_year_func
    @Test
    void test_extract_year_func() {
        startAndEndOfJune();
        assertPart("startDatetime", "year", 2015, 2016);
        assertPart("startDate", "year", 2015, 2016);
        assertThat(countWhere("startDatetime__year", extract("startDatetime", "year"))).isEqualTo(2);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_iso_year_func
    @Test
    void test_extract_iso_year_func() {
        startAndEndOfJune();
        assertPart("startDatetime", "iso_year", 2015, 2016);
        assertPart("startDate", "iso_year", 2015, 2016);
        assertThat(countWhere("startDatetime__iso_year", extract("startDatetime", "iso_year"))).isEqualTo(2);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_iso_year_func_boundaries
    @Test
    void test_extract_iso_year_func_boundaries() {
        OffsetDateTime end = utc(2016, 6, 15, 14, 10, 50, 123);
        OffsetDateTime week52Day2014 = utc(2014, 12, 27, 13, 0); // Sunday
        OffsetDateTime week1Day20142015 = utc(2014, 12, 31, 13, 0); // Wednesday
        OffsetDateTime week53Day2015 = utc(2015, 12, 31, 13, 0); // Thursday
        createModel(week52Day2014, end);
        createModel(week1Day20142015, end);
        createModel(week53Day2015, end);
        assertThat(pairs(DTModel.objects.filter("startDatetime__in", List.of(week52Day2014, week1Day20142015, week53Day2015))
                .annotate(extract("startDatetime", "iso_year").as("extracted")), "extracted"))
                .containsExactly(pair(week52Day2014, 2014), pair(week1Day20142015, 2015), pair(week53Day2015, 2015));
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_month_func
    @Test
    void test_extract_month_func() {
        startAndEndOfJune();
        assertPart("startDatetime", "month", 6, 6);
        assertPart("startDate", "month", 6, 6);
        assertThat(countWhere("startDatetime__month", extract("startDatetime", "month"))).isEqualTo(2);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_day_func
    @Test
    void test_extract_day_func() {
        startAndEndOfJune();
        assertPart("startDatetime", "day", 15, 15);
        assertPart("startDate", "day", 15, 15);
        assertThat(countWhere("startDatetime__day", extract("startDatetime", "day"))).isEqualTo(2);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_week_func
    @Test
    void test_extract_week_func() {
        startAndEndOfJune();
        assertPart("startDatetime", "week", 25, 24);
        assertPart("startDate", "week", 25, 24);
        assertThat(countWhere("startDatetime__week", extract("startDatetime", "week"))).isEqualTo(2);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_quarter_func
    @Test
    void test_extract_quarter_func() {
        OffsetDateTime end = utc(2016, 8, 15, 14, 10, 50, 123);
        startAndEnd(START, end);
        List<List<Object>> expected = List.of(pair(START, 2), pair(end, 3));
        assertThat(extracted("startDatetime", "quarter")).isEqualTo(expected);
        assertThat(extracted("startDate", "quarter")).isEqualTo(expected);
        assertThat(countWhere("startDatetime__quarter", extract("startDatetime", "quarter"))).isEqualTo(2);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_quarter_func_boundaries
    @Test
    void test_extract_quarter_func_boundaries() {
        OffsetDateTime end = utc(2016, 6, 15, 14, 10, 50, 123);
        OffsetDateTime lastQuarter2014 = utc(2014, 12, 31, 13, 0);
        OffsetDateTime firstQuarter2015 = utc(2015, 1, 1, 13, 0);
        createModel(lastQuarter2014, end);
        createModel(firstQuarter2015, end);
        assertThat(pairs(DTModel.objects.filter("startDatetime__in", List.of(lastQuarter2014, firstQuarter2015))
                .annotate(extract("startDatetime", "quarter").as("extracted")), "extracted"))
                .containsExactly(pair(lastQuarter2014, 4), pair(firstQuarter2015, 1));
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_week_func_boundaries
    @Test
    void test_extract_week_func_boundaries() {
        OffsetDateTime end = utc(2016, 6, 15, 14, 10, 50, 123);
        OffsetDateTime week52Day2014 = utc(2014, 12, 27, 13, 0); // Sunday
        OffsetDateTime week1Day20142015 = utc(2014, 12, 31, 13, 0); // Wednesday
        OffsetDateTime week53Day2015 = utc(2015, 12, 31, 13, 0); // Thursday
        createModel(week53Day2015, end);
        createModel(week52Day2014, end);
        createModel(week1Day20142015, end);
        assertThat(pairs(DTModel.objects.filter("startDatetime__in", List.of(week52Day2014, week1Day20142015, week53Day2015))
                .annotate(extract("startDatetime", "week").as("extracted")), "extracted"))
                .containsExactly(pair(week52Day2014, 52), pair(week1Day20142015, 1), pair(week53Day2015, 53));
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_weekday_func
    @Test
    void test_extract_weekday_func() {
        startAndEndOfJune();
        assertPart("startDatetime", "week_day", weekDay(START), weekDay(END));
        assertPart("startDate", "week_day", weekDay(START), weekDay(END));
        assertThat(countWhere("startDatetime__week_day", extract("startDatetime", "week_day"))).isEqualTo(2);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_iso_weekday_func
    @Test
    void test_extract_iso_weekday_func() {
        startAndEndOfJune();
        assertPart("startDatetime", "iso_week_day", isoWeekDay(START), isoWeekDay(END));
        assertPart("startDate", "iso_week_day", isoWeekDay(START), isoWeekDay(END));
        assertThat(countWhere("startDatetime__week_day", extract("startDatetime", "week_day"))).isEqualTo(2);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_hour_func
    @Test
    void test_extract_hour_func() {
        startAndEndOfJune();
        assertPart("startDatetime", "hour", 14, 14);
        assertPart("startTime", "hour", 14, 14);
        assertThat(countWhere("startDatetime__hour", extract("startDatetime", "hour"))).isEqualTo(2);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_minute_func
    @Test
    void test_extract_minute_func() {
        startAndEndOfJune();
        assertPart("startDatetime", "minute", 30, 10);
        assertPart("startTime", "minute", 30, 10);
        assertThat(countWhere("startDatetime__minute", extract("startDatetime", "minute"))).isEqualTo(2);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_second_func
    @Test
    void test_extract_second_func() {
        startAndEndOfJune();
        assertPart("startDatetime", "second", 50, 50);
        assertPart("startTime", "second", 50, 50);
        assertThat(countWhere("startDatetime__second", extract("startDatetime", "second"))).isEqualTo(2);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_second_func_no_fractional
    @Test
    void test_extract_second_func_no_fractional() {
        DTModel obj = createModel(utc(2015, 6, 15, 14, 30, 50, 321), utc(2016, 6, 15, 14, 30, 50, 783));
        assertThat(DTModel.objects.filter("startDatetime__second", F.of("endDatetime__second")).fetch()).containsExactly(obj);
        assertThat(DTModel.objects.filter("startTime__second", F.of("endTime__second")).fetch()).containsExactly(obj);
    }

    // Django 6.0 tests/db_functions/datetime/test_extract_trunc.py DateFunctionTests.test_extract_outerref
    @Test
    void test_extract_outerref() {
        DTModel obj1 = createModel(utc(2000, 1, 1, 0, 0), utc(2002, 1, 3, 0, 0));
        DTModel obj2 = createModel(utc(2001, 3, 5, 0, 0), utc(2000, 1, 1, 0, 0));
        DTModel obj3 = createModel(utc(2002, 1, 3, 0, 0), utc(2001, 3, 5, 0, 0));
        var inner = DTModel.objects.filter("startDatetime__year", 2000,
                "startDatetime__month", Extract.of(OuterRef.of("endDatetime"), "month"));
        List<List<Object>> rows = DTModel.objects.annotate(Subquery.of(inner.slice(0, 1), "id").as("related_pk"))
                .orderBy("name").fetch().stream()
                .map(m -> java.util.Arrays.<Object>asList(m.id, m.annotations().get("related_pk"))).toList();
        assertThat(rows).containsExactly(java.util.Arrays.asList(obj1.id, obj1.id), java.util.Arrays.asList(obj2.id, obj1.id),
                java.util.Arrays.asList(obj3.id, null));
    }
}
