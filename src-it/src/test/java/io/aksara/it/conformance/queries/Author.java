package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.Related;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py Author. */
@Meta(table = "queries_author", ordering = "name")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @StringField(maxLength = 10)
    public String name;

    @IntegerField(unique = true)
    public int num;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "author")
    public Ref<ExtraInfo> extra;

    /** Django's {@code author.report_set}. */
    public Related<Report> reportSet() {
        return related(Report.class, "creator");
    }

    @Override
    public String toString() {
        return name;
    }
}
