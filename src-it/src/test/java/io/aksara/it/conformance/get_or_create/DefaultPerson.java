package io.aksara.it.conformance.get_or_create;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/get_or_create/models.py DefaultPerson. */
@Meta(table = "get_or_create_defaultperson")
public class DefaultPerson extends Model {
    public static final Manager<DefaultPerson> objects = Manager.of(DefaultPerson.class);

    @StringField(maxLength = 100)
    public String firstName = "Anonymous";
}
