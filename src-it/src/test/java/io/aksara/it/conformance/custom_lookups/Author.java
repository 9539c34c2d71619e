package io.aksara.it.conformance.custom_lookups;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DateField;
import io.aksara.fields.FloatField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import java.time.LocalDate;

/** Django's tests/custom_lookups/models.py Author. */
@Meta(table = "custom_lookups_author")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @StringField(maxLength = 20)
    public String name;

    @IntegerField(nullable = true)
    public Integer age;

    @DateField(nullable = true)
    public LocalDate birthdate;

    @FloatField(nullable = true)
    public Double averageRating;
}
