package io.aksara.it.conformance.annotations;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.BooleanField;
import io.aksara.fields.DecimalField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import java.math.BigDecimal;

/** Django's tests/annotations/models.py Employee. */
@Meta(table = "annotations_employee")
public class Employee extends Model {
    public static final Manager<Employee> objects = Manager.of(Employee.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Store> store;

    @IntegerField
    public int age;

    @StringField(maxLength = 20)
    public String firstName;

    @BooleanField
    public boolean manager = false;

    @StringField(maxLength = 20)
    public String lastName;

    @DecimalField(maxDigits = 8, decimalPlaces = 2)
    public BigDecimal salary;
}
