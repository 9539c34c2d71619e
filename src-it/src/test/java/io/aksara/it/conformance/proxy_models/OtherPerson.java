package io.aksara.it.conformance.proxy_models;

import io.aksara.Meta;

/**
 * Django's tests/proxy_models/models.py OtherPerson: Person's default manager plus a secondary one.
 * Django inherits both (Person's and the abstract ManagerMixin's); a Java static field is not
 * inherited by the subclass's type, so both are declared here.
 */
@Meta(proxy = true, ordering = "name")
public class OtherPerson extends Person {
    public static final PersonManager<OtherPerson> objects = new PersonManager<>(OtherPerson.class);
    public static final SubManager<OtherPerson> excluder = new SubManager<>(OtherPerson.class);
}
