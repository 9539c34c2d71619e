package io.aksara.it.conformance.db_functions;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** Django's tests/db_functions/models.py Author. */
@Meta(table = "db_functions_author")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @StringField(maxLength = 50)
    public String name;

    @StringField(maxLength = 50, nullable = true)
    public String alias;

    @StringField(maxLength = 50, nullable = true)
    public String goesBy;

    @IntegerField
    public int age = 30;
}
