package io.aksara.it.conformance.lookup;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** Django tests/lookup/models.py Tag. */
@Meta(table = "lookup_tag", ordering = "name")
public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class);

    @ManyToMany(relatedName = "tag")
    public Many<Article> articles;

    @StringField(maxLength = 100)
    public String name;
}
