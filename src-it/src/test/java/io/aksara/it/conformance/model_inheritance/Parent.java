package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;

/** Django's tests/model_inheritance/models.py Parent(GrandParent). */
@Meta(table = "model_inheritance_parent")
public class Parent extends GrandParent {
    public static final Manager<Parent> objects = Manager.of(Parent.class);
}
