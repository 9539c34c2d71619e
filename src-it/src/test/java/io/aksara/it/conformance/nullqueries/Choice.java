package io.aksara.it.conformance.nullqueries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/null_queries/models.py Choice. */
@Meta(table = "null_queries_choice")
public class Choice extends Model {
    public static final Manager<Choice> objects = Manager.of(Choice.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Poll> poll;

    @StringField(maxLength = 200)
    public String choice;
}
