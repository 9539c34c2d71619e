package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;

/** Django tests/queries/models.py Ranking (its Meta ordering across relations is not expressible). */
@Meta(table = "queries_ranking")
public class Ranking extends Model {
    public static final Manager<Ranking> objects = Manager.of(Ranking.class);

    @IntegerField
    public int rank;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "ranking")
    public Ref<Author> author;
}
