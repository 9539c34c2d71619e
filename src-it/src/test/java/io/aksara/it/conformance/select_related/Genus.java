package io.aksara.it.conformance.select_related;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.Related;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/select_related/models.py Genus: one level of the taxonomy. */
@Meta(table = "select_related_genus")
public class Genus extends Model {
    public static final Manager<Genus> objects = Manager.of(Genus.class);

    @StringField(maxLength = 50)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Family> family;

    /** Django's {@code genus.species_set}. */
    public Related<Species> speciesSet() {
        return related(Species.class, "genus");
    }
}
