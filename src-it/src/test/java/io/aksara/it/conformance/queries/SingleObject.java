package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py SingleObject: the target of {@link RelatedObject#single}. */
@Meta(table = "queries_singleobject")
public class SingleObject extends Model {
    public static final Manager<SingleObject> objects = Manager.of(SingleObject.class);

    @StringField(maxLength = 10, nullable = true) public String name;
}
