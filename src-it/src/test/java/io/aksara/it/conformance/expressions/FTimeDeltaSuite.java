package io.aksara.it.conformance.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.errors.FieldError;
import io.aksara.expr.Value;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import io.aksara.jooq.vendor.Feature;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/expressions/tests.py {@code FTimeDeltaTests}: {@code F()} arithmetic with
 * durations, dates and timestamps ({@code datetime.timedelta} is {@link Duration}; the naive
 * timestamps are UTC). Every database here keeps microseconds, so {@code e1} is always made.
 */
@OnEveryDatabase
public class FTimeDeltaSuite extends DjangoTestCase {
    private static final LocalDate SDAY = LocalDate.of(2010, 6, 25);
    private static final OffsetDateTime STIME = OffsetDateTime.of(2010, 6, 25, 12, 15, 30, 747_000_000, ZoneOffset.UTC);

    private final List<Duration> deltas = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final List<Duration> daysLong = new ArrayList<>();
    private List<String> expnames;

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Experiment.class, Time.class);
    }

    @Override
    protected void setUpTestData() {
        deltas.clear();
        delays.clear();
        daysLong.clear();
        Duration delta0 = Duration.ZERO;
        Duration delta1 = Duration.ofNanos(253_000_000);
        Duration delta2 = Duration.ofSeconds(44);
        Duration delta3 = Duration.ofHours(21).plusMinutes(8);
        Duration delta4 = Duration.ofDays(10);
        Duration delta5 = Duration.ofDays(90);
        // e0: started same day as assigned, zero duration
        experiment("e0", SDAY, STIME, STIME.plus(delta0), delta0, delta0);
        // e1: started one day after assigned, tiny duration
        experiment("e1", SDAY, STIME.plusDays(1), STIME.plusDays(1).plus(delta1), delta1, delta1);
        // e2: started three days after assigned, small duration
        experiment("e2", SDAY.minusDays(3), STIME, STIME.plus(delta2), Duration.ofHours(1), delta2);
        // e3: started four days after assigned, medium duration
        experiment("e3", SDAY, STIME.plusDays(4), STIME.plusDays(4).plus(delta3), delta3, delta3);
        // e4: started 10 days after assignment, long duration
        experiment("e4", SDAY.minusDays(10), STIME, STIME.plus(delta4), delta4.minusDays(1), delta4);
        // e5: started a month after assignment, very long duration
        experiment("e5", SDAY, STIME.plusDays(30), STIME.plusDays(30).plus(delta5), delta5, delta5);
        expnames = names(Experiment.objects.all());
    }

    private Experiment experiment(String name, LocalDate assigned, OffsetDateTime start, OffsetDateTime end,
            Duration estimated, Duration delta) {
        Experiment e = Experiment.objects.create("name", name, "assigned", assigned, "start", start, "end", end,
                "completed", end.toLocalDate(), "estimatedTime", estimated);
        deltas.add(delta);
        delays.add(Duration.between(assigned.atStartOfDay().atOffset(ZoneOffset.UTC), start));
        daysLong.add(Duration.ofDays(e.completed.toEpochDay() - e.assigned.toEpochDay()));
        return e;
    }

    private static List<String> names(QuerySet<Experiment> qs) {
        return qs.fetch().stream().map(e -> e.name).toList();
    }

    private void assumeDurationArithmetic() {
        db.assumeFeature(Feature.DURATION_ARITHMETIC);
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_query_clone
    @Test
    void test_query_clone() {
        assumeDurationArithmetic();
        QuerySet<Experiment> qs = Experiment.objects.filter("end__lt", F.of("start").plus(Duration.ofHours(1)));
        QuerySet<Experiment> qs2 = qs.all();
        qs.fetch();
        qs2.fetch();
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_delta_add
    @Test
    void test_delta_add() {
        assumeDurationArithmetic();
        for (int i = 0; i < deltas.size(); i++) {
            Duration delta = deltas.get(i);
            assertThat(names(Experiment.objects.filter("end__lt", F.of("start").plus(delta)))).isEqualTo(expnames.subList(0, i));
            assertThat(names(Experiment.objects.filter("end__lt", Value.of(delta).plus(F.of("start")))))
                    .isEqualTo(expnames.subList(0, i));
            assertThat(names(Experiment.objects.filter("end__lte", F.of("start").plus(delta)))).isEqualTo(expnames.subList(0, i + 1));
        }
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_delta_subtract
    @Test
    void test_delta_subtract() {
        assumeDurationArithmetic();
        for (int i = 0; i < deltas.size(); i++) {
            Duration delta = deltas.get(i);
            assertThat(names(Experiment.objects.filter("start__gt", F.of("end").minus(delta)))).isEqualTo(expnames.subList(0, i));
            assertThat(names(Experiment.objects.filter("start__gte", F.of("end").minus(delta)))).isEqualTo(expnames.subList(0, i + 1));
        }
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_exclude
    @Test
    void test_exclude() {
        assumeDurationArithmetic();
        for (int i = 0; i < deltas.size(); i++) {
            Duration delta = deltas.get(i);
            assertThat(names(Experiment.objects.exclude("end__lt", F.of("start").plus(delta))))
                    .isEqualTo(expnames.subList(i, expnames.size()));
            assertThat(names(Experiment.objects.exclude("end__lte", F.of("start").plus(delta))))
                    .isEqualTo(expnames.subList(i + 1, expnames.size()));
        }
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_date_comparison
    @Test
    void test_date_comparison() {
        assumeDurationArithmetic();
        for (int i = 0; i < daysLong.size(); i++) {
            Duration days = daysLong.get(i);
            assertThat(names(Experiment.objects.filter("completed__lt", F.of("assigned").plus(days)))).isEqualTo(expnames.subList(0, i));
            assertThat(names(Experiment.objects.filter("completed__lte", F.of("assigned").plus(days))))
                    .isEqualTo(expnames.subList(0, i + 1));
        }
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_datetime_and_durationfield_addition_with_filter
    @Test
    void test_datetime_and_durationfield_addition_with_filter() {
        assumeDurationArithmetic();
        QuerySet<Experiment> testSet = Experiment.objects.filter("end", F.of("start").plus(F.of("estimatedTime")));
        assertThat(testSet.count()).isGreaterThan(0);
        assertThat(names(testSet)).isEqualTo(Experiment.objects.all().fetch().stream()
                .filter(e -> e.end.isEqual(e.start.plus(e.estimatedTime))).map(e -> e.name).toList());
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_datetime_and_duration_field_addition_with_annotate_and_no_output_field
    @Test
    void test_datetime_and_duration_field_addition_with_annotate_and_no_output_field() {
        assumeDurationArithmetic();
        List<Experiment> testSet = Experiment.objects.annotate(F.of("start").plus(F.of("estimatedTime")).as("estimated_end")).fetch();
        assertThat(testSet.stream().map(e -> e.annotation("estimated_end", OffsetDateTime.class).toInstant()).toList())
                .isEqualTo(testSet.stream().map(e -> e.start.plus(e.estimatedTime).toInstant()).toList());
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_datetime_subtraction_with_annotate_and_no_output_field
    @Test
    void test_datetime_subtraction_with_annotate_and_no_output_field() {
        assumeDurationArithmetic();
        List<Experiment> testSet = Experiment.objects.annotate(F.of("end").minus(F.of("start")).as("calculated_duration")).fetch();
        assertThat(testSet.stream().map(e -> e.annotation("calculated_duration", Duration.class)).toList())
                .isEqualTo(testSet.stream().map(Experiment::duration).toList());
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_mixed_comparisons1
    @Test
    void test_mixed_comparisons1() {
        assumeDurationArithmetic();
        for (int i = 0; i < delays.size(); i++) {
            Duration delay = delays.get(i);
            assertThat(names(Experiment.objects.filter("assigned__gt", F.of("start").minus(delay)))).isEqualTo(expnames.subList(0, i));
            assertThat(names(Experiment.objects.filter("assigned__gte", F.of("start").minus(delay))))
                    .isEqualTo(expnames.subList(0, i + 1));
        }
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_mixed_comparisons2
    @Test
    void test_mixed_comparisons2() {
        assumeDurationArithmetic();
        for (int i = 0; i < delays.size(); i++) {
            Duration delay = Duration.ofDays(delays.get(i).toDays());
            assertThat(names(Experiment.objects.filter("start__lt", F.of("assigned").plus(delay)))).isEqualTo(expnames.subList(0, i));
            assertThat(names(Experiment.objects.filter("start__lte", F.of("assigned").plus(delay).plus(Duration.ofDays(1)))))
                    .isEqualTo(expnames.subList(0, i + 1));
        }
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_delta_update
    @Test
    void test_delta_update() {
        assumeDurationArithmetic();
        for (Duration delta : deltas) {
            List<Experiment> exps = Experiment.objects.all().fetch();
            List<Duration> expectedDurations = exps.stream().map(Experiment::duration).toList();
            List<OffsetDateTime> expectedStarts = exps.stream().map(e -> e.start.plus(delta)).toList();
            List<OffsetDateTime> expectedEnds = exps.stream().map(e -> e.end.plus(delta)).toList();
            Experiment.objects.all().update("start", F.of("start").plus(delta), "end", F.of("end").plus(delta));
            exps = Experiment.objects.all().fetch();
            assertThat(exps.stream().map(e -> e.start.toInstant()).toList())
                    .isEqualTo(expectedStarts.stream().map(OffsetDateTime::toInstant).toList());
            assertThat(exps.stream().map(e -> e.end.toInstant()).toList())
                    .isEqualTo(expectedEnds.stream().map(OffsetDateTime::toInstant).toList());
            assertThat(exps.stream().map(Experiment::duration).toList()).isEqualTo(expectedDurations);
        }
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_invalid_operator
    @Test
    void test_invalid_operator() {
        // Django: the database refuses it (DatabaseError); here it is refused before any SQL
        assertThatThrownBy(() -> Experiment.objects.filter("start", F.of("start").times(Duration.ZERO)).fetch())
                .isInstanceOf(FieldError.class);
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_durationfield_add
    @Test
    void test_durationfield_add() {
        assumeDurationArithmetic();
        assertThat(names(Experiment.objects.filter("start", F.of("start").plus(F.of("estimatedTime"))))).containsExactly("e0");
        assertThat(names(Experiment.objects.filter("end__lt", F.of("start").plus(F.of("estimatedTime"))))).containsExactly("e2");
        assertThat(names(Experiment.objects.filter("end__gte", F.of("start").plus(F.of("estimatedTime")).plus(Duration.ofHours(1)))))
                .containsExactly("e4");
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_duration_expressions
    @Test
    void test_duration_expressions() {
        for (Duration delta : deltas) {
            for (Experiment obj : Experiment.objects.annotate(F.of("estimatedTime").plus(delta).as("duration")).fetch()) {
                assertThat(obj.annotation("duration", Duration.class)).isEqualTo(obj.estimatedTime.plus(delta));
            }
        }
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_date_subtraction
    @Test
    void test_date_subtraction() {
        assumeDurationArithmetic();
        QuerySet<Experiment> queryset = Experiment.objects.annotate(F.of("completed").minus(F.of("assigned")).as("completion_duration"));
        assertThat(names(queryset.filter("completion_duration__gte", Duration.ofDays(5)))).containsExactlyInAnyOrder("e3", "e4", "e5");
        assertThat(names(queryset.filter("completion_duration__gte", Duration.ofDays(120)))).containsExactly("e5");
        assertThat(names(queryset.filter("completion_duration__lt", Duration.ofDays(5)))).containsExactlyInAnyOrder("e0", "e1", "e2");
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_datetime_subtraction
    @Test
    void test_datetime_subtraction() {
        assumeDurationArithmetic();
        assertThat(names(Experiment.objects.filter("estimatedTime__gt", F.of("end").minus(F.of("start"))))).containsExactly("e2");
        assertThat(names(Experiment.objects.filter("estimatedTime__lt", F.of("end").minus(F.of("start"))))).containsExactly("e4");
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_datetime_subtraction_microseconds
    @Test
    void test_datetime_subtraction_microseconds() {
        assumeDurationArithmetic();
        Duration delta = Duration.ofNanos(8_999_999_999_999_999L * 1_000);
        for (Experiment experiment : Experiment.objects.all().fetch()) {
            experiment.end = experiment.start.plus(delta);
            experiment.save();
        }
        for (Experiment e : Experiment.objects.annotate(F.of("end").minus(F.of("start")).as("delta")).fetch()) {
            assertThat(e.annotation("delta", Duration.class)).isEqualTo(delta);
        }
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_duration_with_datetime
    @Test
    void test_duration_with_datetime() {
        assumeDurationArithmetic();
        // Exclude e1 which has very high precision
        QuerySet<Experiment> overEstimate = Experiment.objects.exclude("name", "e1")
                .filter("completed__gt", Value.of(STIME).plus(F.of("estimatedTime"))).orderBy("name");
        assertThat(names(overEstimate)).containsExactly("e3", "e4", "e5");
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_duration_with_datetime_microseconds
    @Test
    void test_duration_with_datetime_microseconds() {
        assumeDurationArithmetic();
        Duration delta = Duration.ofNanos(8_999_999_999_999_999L * 1_000);
        for (Experiment e : Experiment.objects.annotate(F.of("start").plus(delta).as("dt")).fetch()) {
            assertThat(e.annotation("dt", OffsetDateTime.class).toInstant()).isEqualTo(e.start.plus(delta).toInstant());
        }
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_date_minus_duration
    @Test
    void test_date_minus_duration() {
        assumeDurationArithmetic();
        assertThat(names(Experiment.objects.filter("assigned__lt", F.of("completed").minus(Value.of(Duration.ofDays(4))))))
                .containsExactly("e3", "e4", "e5");
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_negative_timedelta_update
    @Test
    void test_negative_timedelta_update() {
        assumeDurationArithmetic();
        // subtract 30 seconds, 30 minutes, 2 hours and 2 days, then 30 microseconds
        QuerySet<Experiment> experiments = Experiment.objects.filter("name", "e0")
                .annotate(F.of("start").plus(Duration.ofSeconds(-30)).as("start_sub_seconds"))
                .annotate(F.of("start_sub_seconds").plus(Duration.ofMinutes(-30)).as("start_sub_minutes"))
                .annotate(F.of("start_sub_minutes").plus(Duration.ofHours(-2)).as("start_sub_hours"))
                .annotate(F.of("start_sub_hours").plus(Duration.ofDays(-2)).as("new_start"))
                .annotate(F.of("new_start").plus(Duration.ofNanos(-30_000)).as("new_start_micro"));
        experiments.update("start", F.of("new_start_micro"));
        OffsetDateTime expectedStart = LocalDateTime.of(2010, 6, 23, 9, 45, 0).plusNanos(746_970_000).atOffset(ZoneOffset.UTC);
        assertThat(Experiment.objects.get("name", "e0").start.toInstant()).isEqualTo(expectedStart.toInstant());
    }

    // Django 6.0 tests/expressions/tests.py FTimeDeltaTests.test_time_subtraction (the Value(None) halves are
    // not expressible)
    @Test
    void test_time_subtraction() {
        assumeDurationArithmetic();
        Time.objects.create("time", LocalTime.of(12, 30, 15, 2_345_000));
        Time t = Time.objects.annotate(F.of("time").minus(Value.of(LocalTime.of(11, 15, 0))).as("difference")).get();
        assertThat(t.annotation("difference", Duration.class)).isEqualTo(Duration.ofHours(1).plusMinutes(15).plusSeconds(15).plusNanos(2_345_000));
    }
}
