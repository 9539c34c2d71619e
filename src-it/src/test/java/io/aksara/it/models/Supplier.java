package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/**
 * Cannot be deleted while a contract points to it (PROTECT), not even by the CASCADE from its
 * region (DeletionSuite).
 */
@Meta(table = "it_suppliers")
public class Supplier extends Model {
    public static final Manager<Supplier> objects = Manager.of(Supplier.class);

    @StringField(maxLength = 40)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "suppliers")
    public Ref<Region> region;
}
