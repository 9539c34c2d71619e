package io.aksara.it.conformance.aggregation;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DurationField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import java.time.Duration;

/** Django's tests/aggregation/models.py Publisher. */
@Meta(table = "aggregation_publisher")
public class Publisher extends Model {
    public static final Manager<Publisher> objects = Manager.of(Publisher.class);

    @StringField(maxLength = 255)
    public String name;

    @IntegerField
    public int numAwards;

    @DurationField(nullable = true)
    public Duration duration;
}
