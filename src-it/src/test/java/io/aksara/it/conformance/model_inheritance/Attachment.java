package io.aksara.it.conformance.model_inheritance;

import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.TextField;

/**
 * Django's tests/model_inheritance/models.py Attachment: an abstract base with a foreign key whose
 * reverse name is made per subclass ({@code related_query_name="attached_%(app_label)s_%(class)ss"};
 * Aksara's reverse accessors are methods, so only the lookup name is declared).
 */
public abstract class Attachment extends Model {
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "attached_%(app_label)s_%(class)ss")
    public Ref<Post> post;

    @TextField
    public String content;
}
