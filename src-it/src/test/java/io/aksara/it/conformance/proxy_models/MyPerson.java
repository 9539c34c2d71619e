package io.aksara.it.conformance.proxy_models;

import io.aksara.Meta;
import java.util.Locale;

/** Django's tests/proxy_models/models.py MyPerson: a proxy with its own ordering and managers. */
@Meta(proxy = true, ordering = "name")
public class MyPerson extends Person {
    public static final SubManager<MyPerson> objects = new SubManager<>(MyPerson.class);
    public static final PersonManager<MyPerson> other = new PersonManager<>(MyPerson.class);

    public boolean hasSpecialName() {
        return name.toLowerCase(Locale.ROOT).equals("special");
    }
}
