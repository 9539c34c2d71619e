package io.aksara.it.conformance.proxy_models;

import io.aksara.Meta;

/** Django's tests/proxy_models/models.py MyPersonProxy: a proxy of a proxy, with MyPerson's manager. */
@Meta(proxy = true)
public class MyPersonProxy extends MyPerson {
    public static final SubManager<MyPersonProxy> objects = new SubManager<>(MyPersonProxy.class);
}
