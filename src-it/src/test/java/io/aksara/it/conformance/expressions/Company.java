package io.aksara.it.conformance.expressions;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.BooleanField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django's tests/expressions/models.py Company (PositiveIntegerField is an IntegerField here). */
@Meta(table = "expressions_company")
public class Company extends Model {
    public static final Manager<Company> objects = Manager.of(Company.class);

    @StringField(maxLength = 100)
    public String name;

    @IntegerField
    public int numEmployees;

    @IntegerField
    public int numChairs;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "company_ceo_set")
    public Ref<Employee> ceo;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "company_point_of_contact_set")
    public Ref<Employee> pointOfContact;

    @BooleanField
    public boolean basedInEu = false;
}
