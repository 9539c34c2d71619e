package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.BigIntegerField;
import io.aksara.fields.BooleanField;
import io.aksara.fields.FloatField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/**
 * A model of primitive fields, which bulkCreate binds with typed setters straight from the
 * instances (BulkBindingSuite), next to fields bound as objects.
 */
@Meta(table = "it_readings")
public class Reading extends Model {
    public static final Manager<Reading> objects = Manager.of(Reading.class);

    @StringField(maxLength = 20)
    public String label;

    @BigIntegerField
    public long counter;

    @IntegerField
    public int level;

    @BooleanField
    public boolean ok;

    @FloatField
    public double ratio;

    @IntegerField(nullable = true)
    public Integer spare;
}
