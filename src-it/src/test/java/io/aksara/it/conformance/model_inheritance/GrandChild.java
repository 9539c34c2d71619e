package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;

/** Django's tests/model_inheritance/models.py GrandChild(Child). */
@Meta(table = "model_inheritance_grandchild")
public class GrandChild extends Child {
    public static final Manager<GrandChild> objects = Manager.of(GrandChild.class);
}
