package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Rows that must survive every injection attempt: a payload that ran SQL would delete or change them. */
@Meta(table = "it_canaries")
public class Canary extends Model {
    public static final Manager<Canary> objects = Manager.of(Canary.class);

    @StringField(maxLength = 20)
    public String song;
}
