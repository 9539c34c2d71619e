package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.BigIntegerArrayField;
import io.aksara.fields.IntegerArrayField;
import io.aksara.fields.StringField;
import io.aksara.fields.TextArrayField;
import io.aksara.fields.UuidArrayField;
import java.util.List;
import java.util.UUID;

/** A post with tags and scores in PostgreSQL arrays, as Django's postgres_tests models. */
public class Post extends Model {
    public static final Manager<Post> objects = Manager.of(Post.class);

    @StringField(maxLength = 40) public String title;
    @TextArrayField public List<String> tags = List.of();
    @IntegerArrayField(nullable = true) public List<Integer> scores;
    @BigIntegerArrayField(nullable = true) public List<Long> counters;
    @UuidArrayField(nullable = true) public List<UUID> refs;
}
