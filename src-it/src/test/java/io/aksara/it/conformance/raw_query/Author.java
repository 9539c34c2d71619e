package io.aksara.it.conformance.raw_query;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DateField;
import io.aksara.fields.StringField;
import java.time.LocalDate;

/** Django tests/raw_query/models.py Author. */
@Meta(table = "raw_query_author")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @StringField(maxLength = 255)
    public String firstName;

    @StringField(maxLength = 255)
    public String lastName;

    @DateField
    public LocalDate dob;
}
