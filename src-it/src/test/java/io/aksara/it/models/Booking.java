package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.DurationField;
import io.aksara.fields.LocalDateTimeField;
import io.aksara.fields.StringField;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** A room booked from a start for a length, with an optional pause: durations next to date-times. */
public class Booking extends Model {
    public static final Manager<Booking> objects = Manager.of(Booking.class);

    @StringField(maxLength = 40) public String room;
    @DateTimeField public OffsetDateTime start;
    @DurationField public Duration length;
    @DurationField(nullable = true) public Duration pause;
    @DateTimeField(nullable = true) public OffsetDateTime ended;
    @LocalDateTimeField(nullable = true) public LocalDateTime wallStart;
}
