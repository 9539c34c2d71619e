package io.aksara.it.conformance.expressions_case;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OneToOne;

/** Django's tests/expressions_case/models.py O2OCaseTestModel. */
@Meta(table = "expressions_case_o2ocasetestmodel")
public class O2OCaseTestModel extends Model {
    public static final Manager<O2OCaseTestModel> objects = Manager.of(O2OCaseTestModel.class);

    @OneToOne(relatedName = "o2o_rel")
    public Ref<CaseTestModel> o2o;

    @IntegerField
    public int integer;
}
