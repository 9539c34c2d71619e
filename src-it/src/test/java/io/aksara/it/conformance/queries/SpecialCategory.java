package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py SpecialCategory: a multi-table child of {@link NamedParentCategory}. */
@Meta(table = "queries_specialcategory")
public class SpecialCategory extends NamedParentCategory {
    public static final Manager<SpecialCategory> objects = Manager.of(SpecialCategory.class);

    @StringField(maxLength = 20) public String specialName;
}
