package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;

/** Django's InheritanceSameModelNameTests.test_abstract_fk_related_name Referenced. */
@Meta(table = "model_inheritance_referenced")
public class Referenced extends Model {
    public static final Manager<Referenced> objects = Manager.of(Referenced.class);
}
