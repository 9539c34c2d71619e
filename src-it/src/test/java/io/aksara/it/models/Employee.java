package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** A self-reference: each employee may have a manager, who is an employee. */
public class Employee extends Model {
    public static final Manager<Employee> objects = Manager.of(Employee.class);

    @StringField(maxLength = 40)
    public String name;

    @ForeignKey(to = Employee.class, onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "reports")
    public Ref<Employee> manager;
}
