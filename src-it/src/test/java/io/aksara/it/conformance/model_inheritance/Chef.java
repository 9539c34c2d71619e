package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django's tests/model_inheritance/models.py Chef. */
@Meta(table = "model_inheritance_chef")
public class Chef extends Model {
    public static final Manager<Chef> objects = Manager.of(Chef.class);

    @StringField(maxLength = 50)
    public String name;
}
