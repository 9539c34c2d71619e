package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.EmailField;
import io.aksara.fields.StringField;

/** Django tests/many_to_one/models.py Reporter. */
@Meta(table = "many_to_one_reporter")
public class Reporter extends Model {
    public static final Manager<Reporter> objects = Manager.of(Reporter.class);

    @StringField(maxLength = 30)
    public String firstName;

    @StringField(maxLength = 30)
    public String lastName;

    @EmailField
    public String email;

    /** Django's {@code reporter.article_set}. */
    public Related<Article> articleSet() {
        return related(Article.class, "reporter");
    }

    @Override
    public String toString() {
        return firstName + " " + lastName;
    }
}
