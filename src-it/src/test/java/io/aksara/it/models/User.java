package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.BooleanField;
import io.aksara.fields.EmailField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** The seed's User: e-mail unique, name, active flag (default true), plus age and status for the filtering examples. */
@Meta(table = "it_users")
public class User extends Model {
    public static final Manager<User> objects = Manager.of(User.class);

    @EmailField(unique = true)
    public String email;

    @StringField(maxLength = 100)
    public String name;

    @BooleanField
    public boolean isActive = true;

    @IntegerField
    public int age;

    @StringField(maxLength = 20, choices = {"active", "suspended", "deleted"})
    public String status = "active";
}
