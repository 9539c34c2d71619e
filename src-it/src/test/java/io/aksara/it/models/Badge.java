package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.GeneratedField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** A virtual generated column: computed on every read (PostgreSQL before 18 has none). */
public class Badge extends Model {
    public static final Manager<Badge> objects = Manager.of(Badge.class);

    @StringField(maxLength = 40) public String caption;
    @IntegerField(nullable = true) @GeneratedField(expression = "length(caption) * 2", stored = false) public Integer width;
}
