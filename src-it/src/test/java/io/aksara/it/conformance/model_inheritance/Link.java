package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.fields.StringField;

/** Django's tests/model_inheritance/models.py Link (Django's URLField is a 200-character string). */
@Meta(table = "model_inheritance_link")
public class Link extends Attachment {
    public static final Manager<Link> objects = Manager.of(Link.class);

    @StringField(maxLength = 200)
    public String url;
}
