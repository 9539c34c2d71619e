package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;

/** Django's tests/proxy_models/models.py UserProxy. */
@Meta(proxy = true)
public class UserProxy extends User {
    public static final Manager<UserProxy> objects = Manager.of(UserProxy.class);
}
