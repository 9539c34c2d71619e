package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;

/** Django's tests/proxy_models/models.py ProxyProxyBug: a proxy of a proxy, with related fields. */
@Meta(proxy = true)
public class ProxyProxyBug extends ProxyBug {
    public static final Manager<ProxyProxyBug> objects = Manager.of(ProxyProxyBug.class);
}
