package io.aksara.it.conformance.model_inheritance.tests;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.it.conformance.model_inheritance.AbstractReferent;

/** Django's test_abstract_fk_related_name: the Referent of app {@code tests}, same name, same base. */
@Meta(table = "tests_referent")
public class Referent extends AbstractReferent {
    public static final Manager<Referent> objects = Manager.of(Referent.class);
}
