package io.aksara.it.conformance.ordering;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import java.time.OffsetDateTime;

/**
 * Django's tests/ordering/models.py Article. Django's Meta ordering is
 * {@code ("-pub_date", F("headline"), F("author__name").asc(), OrderBy(F("second_author__name")))};
 * Meta ordering takes the model's own field names here, so the last two (across relations) are
 * left out: the transcribed tests do not depend on them.
 */
@Meta(table = "ordering_article", ordering = {"-pubDate", "headline"})
public class Article extends Model {
    public static final Manager<Article> objects = Manager.of(Article.class);

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true)
    public Ref<Author> author;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "+")
    public Ref<Author> secondAuthor;

    @StringField(maxLength = 100)
    public String headline;

    @DateTimeField
    public OffsetDateTime pubDate;
}
