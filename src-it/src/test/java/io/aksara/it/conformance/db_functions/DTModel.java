package io.aksara.it.conformance.db_functions;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DateField;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.DurationField;
import io.aksara.fields.StringField;
import io.aksara.fields.TimeField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** Django's tests/db_functions/models.py DTModel (its timestamps are UTC here, as every Aksara timestamp). */
@Meta(table = "db_functions_dtmodel")
public class DTModel extends Model {
    public static final Manager<DTModel> objects = Manager.of(DTModel.class);

    @StringField(maxLength = 32)
    public String name;

    @DateTimeField(nullable = true)
    public OffsetDateTime startDatetime;

    @DateTimeField(nullable = true)
    public OffsetDateTime endDatetime;

    @DateField(nullable = true)
    public LocalDate startDate;

    @DateField(nullable = true)
    public LocalDate endDate;

    @TimeField(nullable = true)
    public LocalTime startTime;

    @TimeField(nullable = true)
    public LocalTime endTime;

    @DurationField(nullable = true)
    public Duration duration;
}
