package io.aksara.it.conformance.update;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.BooleanField;
import io.aksara.fields.StringField;

/** Django tests/update/models.py DataPoint. */
@Meta(table = "update_datapoint")
public class DataPoint extends Model {
    public static final Manager<DataPoint> objects = Manager.of(DataPoint.class);

    @StringField(maxLength = 20)
    public String name;

    @StringField(maxLength = 20)
    public String value;

    @StringField(maxLength = 20)
    public String anotherValue = "";

    @BooleanField
    public boolean isActive = true;
}
