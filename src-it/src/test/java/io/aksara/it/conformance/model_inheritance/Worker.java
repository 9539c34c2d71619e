package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.fields.StringField;

/** Django's tests/model_inheritance/models.py Worker: CommonInfo's Meta (ordering by name) applies. */
@Meta(table = "model_inheritance_worker")
public class Worker extends CommonInfo {
    public static final Manager<Worker> objects = Manager.of(Worker.class);

    @StringField(maxLength = 50)
    public String job;
}
