package io.aksara.it.conformance.many_to_many;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** Django tests/many_to_many/models.py Article, with its NoDeletedArticleManager. */
@Meta(table = "many_to_many_article", ordering = "headline")
public class Article extends Model {
    public static final Manager<Article> objects = new Manager<>(Article.class) {
        @Override
        public QuerySet<Article> all() {
            return super.all().exclude("headline", "deleted");
        }
    };

    @StringField(maxLength = 100)
    public String headline;

    @ManyToMany
    public Many<Publication> publications;

    @Override
    public String toString() {
        return headline;
    }
}
