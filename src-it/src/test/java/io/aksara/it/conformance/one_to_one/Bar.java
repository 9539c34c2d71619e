package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.BooleanField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OneToOne;

/** Django tests/one_to_one/models.py Bar. */
@Meta(table = "one_to_one_bar")
public class Bar extends Model {
    public static final Manager<Bar> objects = Manager.of(Bar.class);

    @OneToOne(onDelete = OnDelete.CASCADE)
    public Ref<Place> place;

    @BooleanField
    public boolean servesCocktails = true;
}
