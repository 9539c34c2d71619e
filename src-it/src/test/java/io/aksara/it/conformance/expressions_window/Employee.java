package io.aksara.it.conformance.expressions_window;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DateField;
import io.aksara.fields.DecimalField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Django's tests/expressions_window/models.py Employee, without {@code classification} (and its
 * model), which the transcribed tests do not read.
 */
@Meta(table = "expressions_window_employee")
public class Employee extends Model {
    public static final Manager<Employee> objects = Manager.of(Employee.class);

    @StringField(maxLength = 40)
    public String name;

    @IntegerField
    public int salary;

    @StringField(maxLength = 40)
    public String department;

    @DateField
    public LocalDate hireDate;

    @IntegerField
    public int age;

    @DecimalField(maxDigits = 15, decimalPlaces = 2, nullable = true)
    public BigDecimal bonus;
}
