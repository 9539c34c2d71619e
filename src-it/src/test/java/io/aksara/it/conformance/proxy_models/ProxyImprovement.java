package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;

/** Django's tests/proxy_models/models.py ProxyImprovement. */
@Meta(proxy = true)
public class ProxyImprovement extends Improvement {
    public static final Manager<ProxyImprovement> objects = Manager.of(ProxyImprovement.class);
}
