package io.aksara.it.conformance.select_related;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/select_related/models.py HybridSpecies: two keys to Species. */
@Meta(table = "select_related_hybridspecies")
public class HybridSpecies extends Model {
    public static final Manager<HybridSpecies> objects = Manager.of(HybridSpecies.class);

    @StringField(maxLength = 50)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "child_1")
    public Ref<Species> parent1;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "child_2")
    public Ref<Species> parent2;
}
