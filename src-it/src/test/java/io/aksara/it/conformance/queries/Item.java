package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Many;
import io.aksara.Ref;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import java.time.OffsetDateTime;

/** Django tests/queries/models.py Item ("-note" orders by the note'"s */
@Meta(table = "queries_item", ordering = {"-note", "name"})
public class Item extends Model {
    public static final Manager<Item> objects = Manager.of(Item.class);

    @StringField(maxLength = 10)
    public String name;

    @DateTimeField
    public OffsetDateTime created;

    @DateTimeField(nullable = true)
    public OffsetDateTime modified;

    @ManyToMany(relatedName = "item")
    public Many<Tag> tags;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "item")
    public Ref<Author> creator;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "item")
    public Ref<Note> note;

    @Override
    public String toString() {
        return name;
    }
}
