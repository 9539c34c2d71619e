package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;

/** Django's tests/model_inheritance/models.py Child(Parent). */
@Meta(table = "model_inheritance_child")
public class Child extends Parent {
    public static final Manager<Child> objects = Manager.of(Child.class);
}
