package io.aksara.it.conformance.many_to_many;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/many_to_many/models.py Publication. */
@Meta(table = "many_to_many_publication", ordering = "title")
public class Publication extends Model {
    public static final Manager<Publication> objects = Manager.of(Publication.class);

    @StringField(maxLength = 30)
    public String title;

    /** Django's {@code publication.article_set}. */
    public Many<Article> articleSet() {
        return relatedMany(Article.class, "publications");
    }

    @Override
    public String toString() {
        return title;
    }
}
