package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.StringField;
import io.aksara.fields.UUIDField;
import java.util.UUID;

/** A model with its own primary key: a UUID generated on insert. */
public class Ticket extends Model {
    public static final Manager<Ticket> objects = Manager.of(Ticket.class);

    @UUIDField(primaryKey = true, autoGenerate = true)
    public UUID code;

    @StringField(maxLength = 80)
    public String title;
}
