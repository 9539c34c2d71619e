package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** The other half of the Team/Player cycle (DeletionSuite). */
@Meta(table = "it_players")
public class Player extends Model {
    public static final Manager<Player> objects = Manager.of(Player.class);

    @StringField(maxLength = 40)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "players")
    public Ref<Team> team;
}
