package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** A club whose members are linked through a model of its own, {@link Membership}, with extra fields. */
@Meta(ordering = "name")
public class Club extends Model {
    public static final Manager<Club> objects = Manager.of(Club.class);

    @StringField(maxLength = 50)
    public String name;

    @ManyToMany(through = Membership.class, relatedName = "clubs")
    public Many<Person> members;
}
