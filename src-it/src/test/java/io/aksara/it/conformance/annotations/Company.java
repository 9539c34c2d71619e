package io.aksara.it.conformance.annotations;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django's tests/annotations/models.py Company. */
@Meta(table = "annotations_company")
public class Company extends Model {
    public static final Manager<Company> objects = Manager.of(Company.class);

    @StringField(maxLength = 200)
    public String name;

    @StringField(maxLength = 200, nullable = true)
    public String motto;

    @StringField(maxLength = 10, nullable = true)
    public String tickerName;

    @StringField(maxLength = 200, nullable = true)
    public String description;
}
