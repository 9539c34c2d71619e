package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;

/** Django tests/queries/models.py CategoryItem. */
@Meta(table = "queries_categoryitem")
public class CategoryItem extends Model {
    public static final Manager<CategoryItem> objects = Manager.of(CategoryItem.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "categoryitem")
    public Ref<SimpleCategory> category;
}
