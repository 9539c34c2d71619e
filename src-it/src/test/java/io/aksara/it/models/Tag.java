package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** A label on articles: the target side of {@link Article#tags}. */
@Meta(ordering = "name")
public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class);

    @StringField(maxLength = 30, unique = true)
    public String name;

    /** The articles with this tag: the reverse side of {@link Article#tags}. */
    public Many<Article> articles() {
        return relatedMany(Article.class, "tags");
    }
}
