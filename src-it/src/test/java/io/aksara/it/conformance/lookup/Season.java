package io.aksara.it.conformance.lookup;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.IntegerField;
import io.aksara.fields.TextField;

/** Django tests/lookup/models.py Season (its NulledTextField is a plain nullable text field here). */
@Meta(table = "lookup_season")
public class Season extends Model {
    public static final Manager<Season> objects = Manager.of(Season.class);

    @IntegerField
    public int year;

    @IntegerField(nullable = true)
    public Integer gt;

    @TextField(nullable = true)
    public String nulledTextField;

    public Related<Game> games() {
        return related(Game.class, "season");
    }

    @Override
    public String toString() {
        return String.valueOf(year);
    }
}
