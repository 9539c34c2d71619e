package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.StringField;

/** The owner of {@link Lure}s: a relation for selectRelated and prefetchRelated in the injection sweep. */
@Meta(table = "it_keepers")
public class Keeper extends Model {
    public static final Manager<Keeper> objects = Manager.of(Keeper.class);

    @StringField(maxLength = 40)
    public String name;

    public Related<Lure> lures() {
        return related(Lure.class, "keeper");
    }
}
