package io.aksara.it.conformance.lookup;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/lookup/models.py Game. */
@Meta(table = "lookup_game")
public class Game extends Model {
    public static final Manager<Game> objects = Manager.of(Game.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "games")
    public Ref<Season> season;

    @StringField(maxLength = 100)
    public String home;

    @StringField(maxLength = 100)
    public String away;
}
