package io.aksara.it.conformance.expressions;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.TimeField;
import java.time.LocalTime;

/** Django's tests/expressions/models.py Time. */
@Meta(table = "expressions_time")
public class Time extends Model {
    public static final Manager<Time> objects = Manager.of(Time.class);

    @TimeField(nullable = true)
    public LocalTime time;
}
