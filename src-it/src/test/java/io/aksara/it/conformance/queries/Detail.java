package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py Detail: the target of {@link Member#details}, whose reverse side is {@code member}. */
@Meta(table = "queries_detail")
public class Detail extends Model {
    public static final Manager<Detail> objects = Manager.of(Detail.class);

    @StringField(maxLength = 10) public String data;

    /** The member of this detail: the reverse side of {@link Member#details}, not a column. */
    public Member member() {
        return relatedOne(Member.class, "details");
    }
}
