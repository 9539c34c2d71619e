package io.aksara.it.models.tenancy;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** A plain model kept per tenant by database or by schema (no discriminator column). */
@Meta(table = "tn_notes")
public class Note extends Model {
    public static final Manager<Note> objects = Manager.of(Note.class);

    @StringField(maxLength = 80)
    public String text;
}
