package io.aksara.it.conformance.lookup;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import java.time.OffsetDateTime;

/** Django tests/lookup/models.py Article (its slug is a unique, nullable SlugField). */
@Meta(table = "lookup_article", ordering = {"-pubDate", "headline"})
public class Article extends Model {
    public static final Manager<Article> objects = Manager.of(Article.class);

    @StringField(maxLength = 100)
    public String headline;

    @DateTimeField
    public OffsetDateTime pubDate;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "article")
    public Ref<Author> author;

    @StringField(maxLength = 75, unique = true, nullable = true)
    public String slug;

    @Override
    public String toString() {
        return headline;
    }
}
