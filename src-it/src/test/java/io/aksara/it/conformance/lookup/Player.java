package io.aksara.it.conformance.lookup;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** Django tests/lookup/models.py Player. */
@Meta(table = "lookup_player")
public class Player extends Model {
    public static final Manager<Player> objects = Manager.of(Player.class);

    @StringField(maxLength = 100)
    public String name;

    @ManyToMany(relatedName = "players")
    public Many<Game> games;
}
