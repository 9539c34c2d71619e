package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;

/** Django's tests/proxy_models/models.py StateProxy: select_related still works through a proxy. */
@Meta(proxy = true)
public class StateProxy extends State {
    public static final Manager<StateProxy> objects = Manager.of(StateProxy.class);
}
