package io.aksara.it.conformance.get_or_create;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** Django tests/get_or_create/models.py Thing. */
@Meta(table = "get_or_create_thing")
public class Thing extends Model {
    public static final Manager<Thing> objects = Manager.of(Thing.class);

    @StringField(maxLength = 255)
    public String name = "";

    @ManyToMany
    public Many<Tag> tags;
}
