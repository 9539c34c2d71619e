package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py Eaten (its key points at Food's primary key: {@code to_field="name"} is not expressible). */
@Meta(table = "queries_eaten")
public class Eaten extends Model {
    public static final Manager<Eaten> objects = Manager.of(Eaten.class);

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "eaten")
    public Ref<Food> food;

    @StringField(maxLength = 20)
    public String meal;
}
