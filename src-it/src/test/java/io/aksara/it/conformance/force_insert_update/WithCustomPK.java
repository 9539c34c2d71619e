package io.aksara.it.conformance.force_insert_update;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;

/** Django tests/force_insert_update/models.py WithCustomPK. */
@Meta(table = "force_insert_update_withcustompk")
public class WithCustomPK extends Model {
    public static final Manager<WithCustomPK> objects = Manager.of(WithCustomPK.class);

    @IntegerField(primaryKey = true)
    public Integer name;

    @IntegerField
    public int value;
}
