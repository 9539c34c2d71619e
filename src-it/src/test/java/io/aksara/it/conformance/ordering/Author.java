package io.aksara.it.conformance.ordering;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django's tests/ordering/models.py Author. */
@Meta(table = "ordering_author", ordering = "-pk")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @StringField(maxLength = 63, nullable = true)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "edited")
    public Ref<Author> editor;
}
