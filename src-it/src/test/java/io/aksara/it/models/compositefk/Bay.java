package io.aksara.it.models.compositefk;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.Related;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** A storage bay, keyed by its depot and its code together: the target of the composite foreign keys. */
@Meta(table = "cfk_bays", primaryKey = {"depot", "code"}, ordering = {"code"})
public class Bay extends Model {
    public static final Manager<Bay> objects = Manager.of(Bay.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Depot> depot;

    @StringField(maxLength = 10)
    public String code;

    @IntegerField
    public int capacity;

    /** The pick lines taken from this bay (PickLine.bay, whose relatedName is "lines"). */
    public Related<PickLine> lines() {
        return related(PickLine.class, "bay");
    }

    /** The bay's label (BayLabel.bay, a one-to-one relation). */
    public BayLabel label() {
        return relatedOne(BayLabel.class, "bay");
    }
}
