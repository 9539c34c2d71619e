package io.aksara.it.conformance.delete;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OneToOne;
import io.aksara.fields.StringField;

/** Django tests/delete/models.py A. Without setvalue and setdefault (their default is a callable), donothing, child and child_setnull (multi-table inheritance). */
@Meta(table = "delete_a")
public class A extends Model {
    public static final Manager<A> objects = Manager.of(A.class);

    @StringField(maxLength = 30)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "auto_set")
    public Ref<R> auto;

    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "auto_nullable_set")
    public Ref<R> autoNullable;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "setnull_set")
    public Ref<R> setnull;

    @ForeignKey(onDelete = OnDelete.SET_DEFAULT, nullable = true, relatedName = "setnull_nullable_set")
    public Ref<R> setdefaultNone;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "cascade_set")
    public Ref<R> cascade;

    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "cascade_nullable_set")
    public Ref<R> cascadeNullable;

    @ForeignKey(onDelete = OnDelete.PROTECT, nullable = true, relatedName = "protect_set")
    public Ref<R> protect;

    @ForeignKey(onDelete = OnDelete.RESTRICT, nullable = true, relatedName = "restrict_set")
    public Ref<R> restrict;

    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "cascade_p_set")
    public Ref<P> cascadeP;

    @OneToOne(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "o2o_nullable_set")
    public Ref<R> o2oSetnull;
}
