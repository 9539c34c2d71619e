package io.aksara.it.conformance.update;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.OnDelete;

/** Django tests/update/models.py Bar. Its foo key points to Foo's primary key: to_field="target" is not expressible. */
@Meta(table = "update_bar")
public class Bar extends Model {
    public static final Manager<Bar> objects = Manager.of(Bar.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Foo> foo;

    @ManyToMany(relatedName = "m2m_foo")
    public Many<Foo> m2mFoo;

    @IntegerField
    public int x = 0;
}
