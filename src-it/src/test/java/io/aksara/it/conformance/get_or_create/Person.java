package io.aksara.it.conformance.get_or_create;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DateField;
import io.aksara.fields.StringField;
import io.aksara.fields.TextField;
import java.time.LocalDate;

/** Django tests/get_or_create/models.py Person. Django's text fields default to the empty string; here the initializers say so. */
@Meta(table = "get_or_create_person")
public class Person extends Model {
    public static final Manager<Person> objects = Manager.of(Person.class);

    @StringField(maxLength = 100, unique = true)
    public String firstName;

    @StringField(maxLength = 100)
    public String lastName;

    @DateField
    public LocalDate birthday;

    @TextField
    public String defaults = "";

    @TextField
    public String createDefaults = "";
}
