package io.aksara.it.conformance.db_functions;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;
import io.aksara.fields.TextField;
import java.time.OffsetDateTime;

/** Django's tests/db_functions/models.py Article. */
@Meta(table = "db_functions_article")
public class Article extends Model {
    public static final Manager<Article> objects = Manager.of(Article.class);

    @ManyToMany(relatedName = "articles")
    public Many<Author> authors;

    @StringField(maxLength = 50)
    public String title;

    @StringField(maxLength = 200, nullable = true)
    public String summary;

    @TextField
    public String text = "";

    @DateTimeField
    public OffsetDateTime written;

    @DateTimeField(nullable = true)
    public OffsetDateTime published;

    @DateTimeField(nullable = true)
    public OffsetDateTime updated;

    @IntegerField
    public int views = 0;
}
