package io.aksara.it.conformance.select_related;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/select_related/models.py Domain: one level of the taxonomy. */
@Meta(table = "select_related_domain")
public class Domain extends Model {
    public static final Manager<Domain> objects = Manager.of(Domain.class);

    @StringField(maxLength = 50)
    public String name;
}
