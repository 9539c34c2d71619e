package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/**
 * Django tests/queries/models.py NamedCategory as the concrete parent of {@link SpecialCategory}
 * (multi-table inheritance); the package's {@link NamedCategory} stands alone for the other suites.
 */
@Meta(table = "queries_namedparentcategory")
public class NamedParentCategory extends Model {
    public static final Manager<NamedParentCategory> objects = Manager.of(NamedParentCategory.class);

    @StringField(maxLength = 10) public String name;
}
