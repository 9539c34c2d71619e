package io.aksara.it.models.compositefk;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OneToOne;
import io.aksara.fields.StringField;

/** The label of a bay: a one-to-one relation to a composite key (its columns are unique together). */
@Meta(table = "cfk_bay_labels")
public class BayLabel extends Model {
    public static final Manager<BayLabel> objects = Manager.of(BayLabel.class);

    @OneToOne(onDelete = OnDelete.CASCADE, relatedName = "label")
    public Ref<Bay> bay;

    @StringField(maxLength = 40)
    public String text;
}
