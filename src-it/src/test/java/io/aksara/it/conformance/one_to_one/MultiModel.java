package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OneToOne;
import io.aksara.fields.StringField;

/** Django tests/one_to_one/models.py MultiModel. */
@Meta(table = "one_to_one_multimodel")
public class MultiModel extends Model {
    public static final Manager<MultiModel> objects = Manager.of(MultiModel.class);

    @OneToOne(onDelete = OnDelete.CASCADE)
    public Ref<Place> link1;

    @OneToOne(onDelete = OnDelete.CASCADE)
    public Ref<ManualPrimaryKey> link2;

    @StringField(maxLength = 50)
    public String name;

    @Override
    public String toString() {
        return "Multimodel " + name;
    }
}
