package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.StringField;
import java.time.OffsetDateTime;

/** Django tests/queries/models.py Article. */
@Meta(table = "queries_article")
public class Article extends Model {
    public static final Manager<Article> objects = Manager.of(Article.class);

    @StringField(maxLength = 20)
    public String name;

    @DateTimeField
    public OffsetDateTime created;

    @Override
    public String toString() {
        return name;
    }
}
