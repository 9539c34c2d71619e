package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** A tree: deleting a node deletes its subtree (self-referencing CASCADE; DeletionSuite). */
@Meta(table = "it_tree_nodes")
public class TreeNode extends Model {
    public static final Manager<TreeNode> objects = Manager.of(TreeNode.class);

    @StringField(maxLength = 40)
    public String name;

    @ForeignKey(to = TreeNode.class, onDelete = OnDelete.CASCADE, nullable = true, relatedName = "children")
    public Ref<TreeNode> parent;
}
