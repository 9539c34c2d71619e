package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DateField;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.JSONField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import io.aksara.fields.TextField;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A row of every kind of field a payload can be aimed at (the injection sweep, InjectionSuite). */
@Meta(table = "it_lures")
public class Lure extends Model {
    public static final Manager<Lure> objects = Manager.of(Lure.class);

    @StringField(maxLength = 40)
    public String name;

    @TextField(nullable = true)
    public String note;

    @IntegerField
    public int size;

    @DateTimeField(nullable = true)
    public OffsetDateTime at;

    @DateField(nullable = true)
    public LocalDate day;

    @JSONField(nullable = true)
    public Map<String, Object> data;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "lures", nullable = true)
    public Ref<Keeper> keeper;
}
