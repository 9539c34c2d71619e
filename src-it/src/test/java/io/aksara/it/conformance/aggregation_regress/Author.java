package io.aksara.it.conformance.aggregation_regress;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** Django's tests/aggregation_regress/models.py Author: {@code friends} is a symmetrical relation to itself. */
@Meta(table = "aggregation_regress_author")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @StringField(maxLength = 100)
    public String name;

    @IntegerField
    public int age;


    @ManyToMany
    public Many<Author> friends;
}
