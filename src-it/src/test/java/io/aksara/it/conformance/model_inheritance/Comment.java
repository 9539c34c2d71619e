package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.fields.BooleanField;

/** Django's tests/model_inheritance/models.py Comment. */
@Meta(table = "model_inheritance_comment")
public class Comment extends Attachment {
    public static final Manager<Comment> objects = Manager.of(Comment.class);

    @BooleanField
    public boolean isSpam = false;
}
