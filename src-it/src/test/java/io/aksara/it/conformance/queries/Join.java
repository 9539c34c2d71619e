package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;

/** Django tests/queries/models.py Join. */
@Meta(table = "queries_join")
public class Join extends Model {
    public static final Manager<Join> objects = Manager.of(Join.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "join")
    public Ref<LeafA> a;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "join")
    public Ref<LeafB> b;
}
