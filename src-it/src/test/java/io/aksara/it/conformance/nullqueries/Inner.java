package io.aksara.it.conformance.nullqueries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;

/** Django tests/null_queries/models.py Inner: points to OuterA and (maybe) OuterB. */
@Meta(table = "null_queries_inner")
public class Inner extends Model {
    public static final Manager<Inner> objects = Manager.of(Inner.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<OuterA> first;

    // "second" would clash with the __second lookup
    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true)
    public Ref<OuterB> third;
}
