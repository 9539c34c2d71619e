package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DateField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import java.time.LocalDate;

/** The through model of {@link Club#members}: a link with a role and a date, both required. */
public class Membership extends Model {
    public static final Manager<Membership> objects = Manager.of(Membership.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "memberships")
    public Ref<Club> club;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "memberships")
    public Ref<Person> person;

    @StringField(maxLength = 20)
    public String role;

    @DateField
    public LocalDate joinedOn;
}
