package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** An article with tags: a many-to-many relation through a generated join model ({@code Article_tags}). */
@Meta(ordering = "title")
public class Article extends Model {
    public static final Manager<Article> objects = Manager.of(Article.class);

    @StringField(maxLength = 100)
    public String title;

    @ManyToMany(relatedName = "articles")
    public Many<Tag> tags;
}
