package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.BooleanField;
import io.aksara.fields.IntegerField;

/** A job in a work queue, for the SKIP LOCKED tests: workers claim undone jobs one at a time. */
public class QueueJob extends Model {
    public static final Manager<QueueJob> objects = Manager.of(QueueJob.class);

    @BooleanField
    public boolean done;

    /** How many times a worker claimed the job: exactly 1 when the queue works. */
    @IntegerField
    public int claims;
}
