package io.aksara.it.conformance.get_or_create;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/get_or_create/models.py Tag. */
@Meta(table = "get_or_create_tag")
public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class);

    @StringField(maxLength = 255, unique = true)
    public String text;
}
