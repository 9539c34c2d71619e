package io.aksara.it.conformance.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Model;
import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Sum;
import io.aksara.functions.Now;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.AggConformanceSuite;
import io.aksara.jooq.vendor.Feature;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/aggregation/tests.py {@code AggregateTestCase}, its tests on
 * {@code Publisher.duration} (Apress one day, Sams two, the others none): Sum and Avg of a
 * {@code @DurationField} are durations, and a default can be a duration.
 */
@OnEveryDatabase
public class AggregateDurationSuite extends AggConformanceSuite {
    @Override
    protected List<Class<? extends Model>> models() {
        return AggregationData.MODELS;
    }

    @Override
    protected void setUpTestData() {
        AggregationData.create();
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_avg_duration_field
    @Test
    void test_avg_duration_field() {
        // Django's explicit output_field=DurationField() and the implicit one are the same here
        assertThat(Publisher.objects.aggregate(Avg.of("duration")).get("duration__avg")).isEqualTo(Duration.ofDays(1).plusHours(12));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_sum_duration_field
    @Test
    void test_sum_duration_field() {
        assertThat(Publisher.objects.aggregate(Sum.of("duration")).get("duration__sum")).isEqualTo(Duration.ofDays(3));
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_aggregation_default_using_duration_from_python
    @Test
    void test_aggregation_default_using_duration_from_python() {
        assertThat(Publisher.objects.filter("numAwards__gt", 3)
                .aggregate(Sum.of("duration").defaultValue(Duration.ZERO).as("value")).get("value")).isEqualTo(Duration.ZERO);
    }

    // Django 6.0 tests/aggregation/tests.py AggregateTestCase.test_aggregation_default_using_duration_from_database
    @Test
    void test_aggregation_default_using_duration_from_database() {
        db.assumeFeature(Feature.DURATION_ARITHMETIC);
        assertThat(Publisher.objects.filter("numAwards__gt", 3)
                .aggregate(Sum.of("duration").defaultValue(Now.of().minus(Now.of())).as("value")).get("value"))
                .isEqualTo(Duration.ZERO);
    }
}
