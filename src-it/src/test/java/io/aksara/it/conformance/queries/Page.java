package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py Page: the target of {@link Paragraph#page}. */
@Meta(table = "queries_page")
public class Page extends Model {
    public static final Manager<Page> objects = Manager.of(Page.class);

    @StringField(maxLength = 100) public String text;
}
