package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** A desk with a natural key, so the SET_DEFAULT and SET rules of Clerk can name one (DeletionSuite). */
@Meta(table = "it_desks")
public class Desk extends Model {
    public static final Manager<Desk> objects = Manager.of(Desk.class);

    @StringField(maxLength = 20, primaryKey = true)
    public String code;

    @StringField(maxLength = 20)
    public String room;
}
