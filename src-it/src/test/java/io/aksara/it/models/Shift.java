package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.LocalDateTimeField;
import io.aksara.fields.StringField;
import java.time.LocalDateTime;

/** Wall-clock times without a zone, as legacy schemas keep them. */
public class Shift extends Model {
    public static final Manager<Shift> objects = Manager.of(Shift.class);

    @StringField(maxLength = 20) public String name;
    @LocalDateTimeField public LocalDateTime startsAt;
    @LocalDateTimeField(nullable = true) public LocalDateTime endsAt;
}
