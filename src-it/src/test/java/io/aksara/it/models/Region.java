package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** The top of a three-level CASCADE chain: Region ← Warehouse ← StorageBin ← Parcel (DeletionSuite). */
@Meta(table = "it_regions")
public class Region extends Model {
    public static final Manager<Region> objects = Manager.of(Region.class);

    @StringField(maxLength = 40)
    public String name;
}
