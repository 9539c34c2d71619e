package io.aksara.it.conformance.expressions;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DateField;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.DurationField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Django's tests/expressions/models.py Experiment (its table there is {@code expressions_ExPeRiMeNt},
 * a test of quoting that is not this suite's subject).
 */
@Meta(table = "expressions_experiment", ordering = {"name"})
public class Experiment extends Model {
    public static final Manager<Experiment> objects = Manager.of(Experiment.class);

    @StringField(maxLength = 24)
    public String name;

    @DateField
    public LocalDate assigned;

    @DateField
    public LocalDate completed;

    @DurationField
    public Duration estimatedTime;

    @DateTimeField
    public OffsetDateTime start;

    @DateTimeField
    public OffsetDateTime end;

    @IntegerField(nullable = true)
    public Integer scalar;

    /** Django's {@code Experiment.duration()}. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
