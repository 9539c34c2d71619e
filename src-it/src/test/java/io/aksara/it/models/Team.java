package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** One half of a cycle: Team.captain → Player (SET_NULL), Player.team → Team (CASCADE) (DeletionSuite). */
@Meta(table = "it_teams")
public class Team extends Model {
    public static final Manager<Team> objects = Manager.of(Team.class);

    @StringField(maxLength = 40)
    public String name;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "captaining")
    public Ref<Player> captain;
}
