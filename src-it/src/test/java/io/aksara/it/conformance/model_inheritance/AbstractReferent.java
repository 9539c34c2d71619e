package io.aksara.it.conformance.model_inheritance;

import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;

/** Django's InheritanceSameModelNameTests.test_abstract_fk_related_name AbstractReferent. */
public abstract class AbstractReferent extends Model {
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "%(app_label)s_%(class)s_references")
    public Ref<Referenced> reference;
}
