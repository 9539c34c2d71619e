package io.aksara.it.models.migrations.v1;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.BooleanField;
import io.aksara.fields.TextField;

/** A model that version 2 no longer has: its table is dropped. */
@Meta(table = "mig_notes")
public class Note extends Model {
    public static final Manager<Note> objects = Manager.of(Note.class);

    @TextField public String body;
    @BooleanField public boolean pinned;
}
