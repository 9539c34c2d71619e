package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django's tests/proxy_models/models.py State. */
@Meta(table = "proxy_models_state")
public class State extends Model {
    public static final Manager<State> objects = Manager.of(State.class);

    @StringField(maxLength = 50)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Country> country;
}
