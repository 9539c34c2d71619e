package io.aksara.it.conformance.expressions;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.BooleanField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/**
 * Django's tests/expressions/models.py Employee, without {@code manager}: the Manager model and
 * its foreign key back to Employee (a cycle) are not used by the transcribed tests.
 */
@Meta(table = "expressions_employee")
public class Employee extends Model {
    public static final Manager<Employee> objects = Manager.of(Employee.class);

    @StringField(maxLength = 50)
    public String firstname;

    @StringField(maxLength = 50)
    public String lastname;

    @IntegerField(nullable = true)
    public Integer salary;

    @BooleanField
    public boolean basedInEu = false;
}
