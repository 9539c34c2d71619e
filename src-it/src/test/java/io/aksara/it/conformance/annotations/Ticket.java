package io.aksara.it.conformance.annotations;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.DurationField;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Django's tests/annotations/models.py Ticket. */
@Meta(table = "annotations_ticket")
public class Ticket extends Model {
    public static final Manager<Ticket> objects = Manager.of(Ticket.class);

    @DateTimeField
    public OffsetDateTime activeAt;

    @DurationField
    public Duration duration;
}
