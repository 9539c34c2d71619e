package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** The leaf of the CASCADE chain: nothing points to it, so it is deleted without reading keys (DeletionSuite). */
@Meta(table = "it_parcels")
public class Parcel extends Model {
    public static final Manager<Parcel> objects = Manager.of(Parcel.class);

    @StringField(maxLength = 40)
    public String label;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "parcels")
    public Ref<StorageBin> bin;
}
