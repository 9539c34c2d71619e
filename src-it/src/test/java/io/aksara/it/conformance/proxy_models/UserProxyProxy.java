package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;

/** Django's tests/proxy_models/models.py UserProxyProxy: a proxy of a proxy. */
@Meta(proxy = true)
public class UserProxyProxy extends UserProxy {
    public static final Manager<UserProxyProxy> objects = Manager.of(UserProxyProxy.class);
}
