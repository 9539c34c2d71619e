package io.aksara.it.conformance.select_related;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/select_related/models.py Phylum: one level of the taxonomy. */
@Meta(table = "select_related_phylum")
public class Phylum extends Model {
    public static final Manager<Phylum> objects = Manager.of(Phylum.class);

    @StringField(maxLength = 50)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Kingdom> kingdom;
}
