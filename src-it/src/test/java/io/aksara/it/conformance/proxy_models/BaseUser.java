package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django's tests/proxy_models/models.py BaseUser. */
@Meta(table = "proxy_models_baseuser")
public class BaseUser extends Model {
    public static final Manager<BaseUser> objects = Manager.of(BaseUser.class);

    @StringField(maxLength = 255)
    public String name;

    @Override
    public String toString() {
        return getClass().getSimpleName() + ":" + name;
    }
}
