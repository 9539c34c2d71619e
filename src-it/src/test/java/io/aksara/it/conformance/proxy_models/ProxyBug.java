package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;

/** Django's tests/proxy_models/models.py ProxyBug: a proxy of an inherited class. */
@Meta(proxy = true)
public class ProxyBug extends Bug {
    public static final Manager<ProxyBug> objects = Manager.of(ProxyBug.class);
}
