package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;

/** Django's test_abstract_fk_related_name: the Referent of app {@code model_inheritance}. */
@Meta(table = "model_inheritance_referent")
public class Referent extends AbstractReferent {
    public static final Manager<Referent> objects = Manager.of(Referent.class);
}
