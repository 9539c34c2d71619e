package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.fields.ManyToMany;

/** Django's tests/model_inheritance/models.py Supplier: another child of Place, related to restaurants. */
@Meta(table = "model_inheritance_supplier")
public class Supplier extends Place {
    public static final Manager<Supplier> objects = Manager.of(Supplier.class);

    @ManyToMany(relatedName = "provider")
    public Many<Restaurant> customers;
}
