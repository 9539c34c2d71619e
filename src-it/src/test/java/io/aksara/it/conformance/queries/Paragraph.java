package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py Paragraph: a many-to-many {@code page}, which has no column to update. */
@Meta(table = "queries_paragraph")
public class Paragraph extends Model {
    public static final Manager<Paragraph> objects = Manager.of(Paragraph.class);

    @StringField(maxLength = 100) public String text;
    @ManyToMany(relatedName = "paragraphs") public Many<Page> page;
}
