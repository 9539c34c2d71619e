package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;

/** Django's tests/proxy_models/models.py ProxyTrackerUser: a proxy of a multi-table child. */
@Meta(proxy = true)
public class ProxyTrackerUser extends TrackerUser {
    public static final Manager<ProxyTrackerUser> objects = Manager.of(ProxyTrackerUser.class);
}
