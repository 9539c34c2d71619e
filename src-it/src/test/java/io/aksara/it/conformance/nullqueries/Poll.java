package io.aksara.it.conformance.nullqueries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.StringField;

/** Django tests/null_queries/models.py Poll. */
@Meta(table = "null_queries_poll")
public class Poll extends Model {
    public static final Manager<Poll> objects = Manager.of(Poll.class);

    @StringField(maxLength = 200)
    public String question;

    /** Django's {@code poll.choice_set}. */
    public Related<Choice> choiceSet() {
        return related(Choice.class, "poll");
    }
}
