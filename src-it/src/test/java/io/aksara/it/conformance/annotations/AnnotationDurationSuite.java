package io.aksara.it.conformance.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import io.aksara.jooq.vendor.Feature;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Django 6.0 tests/annotations/tests.py {@code NonAggregateAnnotationTestCase}, its test on {@code Ticket}'s duration. */
@OnEveryDatabase
public class AnnotationDurationSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Ticket.class);
    }

    // Django 6.0 tests/annotations/tests.py NonAggregateAnnotationTestCase.test_mixed_type_annotation_date_interval
    // (Django's ExpressionWrapper(..., output_field=DateTimeField()) is the sum's own type here)
    @Test
    void test_mixed_type_annotation_date_interval() {
        db.assumeFeature(Feature.DURATION_ARITHMETIC);
        OffsetDateTime active = OffsetDateTime.of(2015, 3, 20, 14, 0, 0, 0, ZoneOffset.UTC);
        Duration duration = Duration.ofHours(1);
        OffsetDateTime expires = active.plus(duration);
        Ticket.objects.create("activeAt", active, "duration", duration);
        Ticket t = Ticket.objects.annotate(F.of("activeAt").plus(F.of("duration")).as("expires")).first().orElseThrow();
        assertThat(t.annotation("expires", OffsetDateTime.class).toInstant()).isEqualTo(expires.toInstant());
    }
}
