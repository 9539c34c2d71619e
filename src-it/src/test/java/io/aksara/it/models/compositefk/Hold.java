package io.aksara.it.models.compositefk;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** A hold on a bay, if any: an optional foreign key to a composite key with columns named as a legacy schema has them. */
@Meta(table = "cfk_holds")
public class Hold extends Model {
    public static final Manager<Hold> objects = Manager.of(Hold.class);

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "holds", columns = {"held_depot", "held_bay"})
    public Ref<Bay> bay;

    @StringField(maxLength = 40)
    public String reason;
}
