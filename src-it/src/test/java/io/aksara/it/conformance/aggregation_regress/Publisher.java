package io.aksara.it.conformance.aggregation_regress;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** Django's tests/aggregation_regress/models.py Publisher. */
@Meta(table = "aggregation_regress_publisher")
public class Publisher extends Model {
    public static final Manager<Publisher> objects = Manager.of(Publisher.class);

    @StringField(maxLength = 255)
    public String name;

    @IntegerField
    public int numAwards;
}
