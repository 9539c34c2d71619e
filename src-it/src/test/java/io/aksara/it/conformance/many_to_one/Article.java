package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DateField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import java.time.LocalDate;

/** Django tests/many_to_one/models.py Article. */
@Meta(table = "many_to_one_article", ordering = "headline")
public class Article extends Model {
    public static final Manager<Article> objects = Manager.of(Article.class);

    @StringField(maxLength = 100)
    public String headline;

    @DateField
    public LocalDate pubDate;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Reporter> reporter;

    @Override
    public String toString() {
        return headline;
    }
}
