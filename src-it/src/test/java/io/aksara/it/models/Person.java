package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/**
 * Relations of a model to itself: {@code friends} is symmetrical (the default), {@code following}
 * is not; and the target side of {@link Club#members}, which goes through {@link Membership}.
 */
@Meta(ordering = "name")
public class Person extends Model {
    public static final Manager<Person> objects = Manager.of(Person.class);

    @StringField(maxLength = 50)
    public String name;

    @ManyToMany
    public Many<Person> friends;

    @ManyToMany(symmetrical = false, relatedName = "followers")
    public Many<Person> following;

    /** Who follows this person: the reverse side of {@link #following}. */
    public Many<Person> followers() {
        return relatedMany(Person.class, "following");
    }

    /** The clubs this person is a member of, through {@link Membership}. */
    public Many<Club> clubs() {
        return relatedMany(Club.class, "members");
    }
}
