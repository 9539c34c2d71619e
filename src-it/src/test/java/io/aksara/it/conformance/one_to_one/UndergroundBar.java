package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.BooleanField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OneToOne;

/** Django tests/one_to_one/models.py UndergroundBar. */
@Meta(table = "one_to_one_undergroundbar")
public class UndergroundBar extends Model {
    public static final Manager<UndergroundBar> objects = Manager.of(UndergroundBar.class);

    @OneToOne(onDelete = OnDelete.SET_NULL, nullable = true)
    public Ref<Place> place;

    @BooleanField
    public boolean servesCocktails = true;
}
