package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.OneToOne;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py Member: a one-to-one primary key to {@link Detail}. */
@Meta(table = "queries_member")
public class Member extends Model {
    public static final Manager<Member> objects = Manager.of(Member.class);

    @StringField(maxLength = 10) public String name;
    @OneToOne(primaryKey = true, relatedName = "member") public Ref<Detail> details;
}
