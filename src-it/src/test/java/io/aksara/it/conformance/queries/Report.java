package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py Report (its key points at Author'"s */
@Meta(table = "queries_report")
public class Report extends Model {
    public static final Manager<Report> objects = Manager.of(Report.class);

    @StringField(maxLength = 10)
    public String name;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "report")
    public Ref<Author> creator;

    @Override
    public String toString() {
        return name;
    }
}
