package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.StringField;

/** Django's tests/model_inheritance/models.py Post, with the reverse sides of Comment and Link. */
@Meta(table = "model_inheritance_post")
public class Post extends Model {
    public static final Manager<Post> objects = Manager.of(Post.class);

    @StringField(maxLength = 50)
    public String title;

    /** Django's {@code attached_comment_set}. */
    public Related<Comment> attachedCommentSet() {
        return related(Comment.class, "post");
    }

    /** Django's {@code attached_link_set}. */
    public Related<Link> attachedLinkSet() {
        return related(Link.class, "post");
    }
}
