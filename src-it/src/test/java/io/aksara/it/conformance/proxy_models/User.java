package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django's tests/proxy_models/models.py User. */
@Meta(table = "proxy_models_user")
public class User extends Model {
    public static final Manager<User> objects = Manager.of(User.class);

    @StringField(maxLength = 100)
    public String name;

    @Override
    public String toString() {
        return name;
    }
}
