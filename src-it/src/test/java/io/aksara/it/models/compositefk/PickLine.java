package io.aksara.it.models.compositefk;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;

/** A line picked from a bay: a required foreign key to a composite key, in the default columns bay_depot_id and bay_code. */
@Meta(table = "cfk_pick_lines", ordering = {"qty"})
public class PickLine extends Model {
    public static final Manager<PickLine> objects = Manager.of(PickLine.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "lines")
    public Ref<Bay> bay;

    @IntegerField
    public int qty;
}
