package io.aksara.it.conformance.expressions_case;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;

/** Django's tests/expressions_case/models.py FKCaseTestModel. */
@Meta(table = "expressions_case_fkcasetestmodel")
public class FKCaseTestModel extends Model {
    public static final Manager<FKCaseTestModel> objects = Manager.of(FKCaseTestModel.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "fk_rel")
    public Ref<CaseTestModel> fk;

    @IntegerField
    public int integer;
}
