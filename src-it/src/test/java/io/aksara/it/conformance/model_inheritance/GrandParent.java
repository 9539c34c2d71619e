package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.EmailField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django's tests/model_inheritance/models.py GrandParent: the root of a three-level chain. */
@Meta(table = "model_inheritance_grandparent", ordering = "-pk", uniqueTogether = @Meta.Unique({"firstName", "lastName"}))
public class GrandParent extends Model {
    public static final Manager<GrandParent> objects = Manager.of(GrandParent.class);

    @StringField(maxLength = 80)
    public String firstName = "";

    @StringField(maxLength = 80)
    public String lastName = "";

    @EmailField(unique = true)
    public String email = "";

    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "+")
    public Ref<Place> place;
}
