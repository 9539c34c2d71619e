package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.Related;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/many_to_one/models.py Third. */
@Meta(table = "many_to_one_third")
public class Third extends Model {
    public static final Manager<Third> objects = Manager.of(Third.class);

    @StringField(maxLength = 20)
    public String name;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "child_set")
    public Ref<Third> third;

    /** Django's {@code third.child_set}. */
    public Related<Third> childSet() {
        return related(Third.class, "third");
    }
}
