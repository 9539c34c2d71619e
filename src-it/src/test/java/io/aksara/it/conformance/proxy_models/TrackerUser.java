package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.fields.StringField;

/** Django's tests/proxy_models/models.py TrackerUser: a multi-table child of BaseUser. */
@Meta(table = "proxy_models_trackeruser")
public class TrackerUser extends BaseUser {
    public static final Manager<TrackerUser> objects = Manager.of(TrackerUser.class);

    @StringField(maxLength = 50)
    public String status;

    /** The issues assigned to this user (Django's {@code related_name="issues"}). */
    public io.aksara.Related<Issue> issues() {
        return related(Issue.class, "assignee");
    }
}
