package io.aksara.it.conformance.select_related;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/select_related/models.py Klass: one level of the taxonomy. */
@Meta(table = "select_related_klass")
public class Klass extends Model {
    public static final Manager<Klass> objects = Manager.of(Klass.class);

    @StringField(maxLength = 50)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Phylum> phylum;
}
