package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DateField;
import io.aksara.fields.DbDefault;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OnUpdate;
import io.aksara.fields.SmallIntegerField;
import io.aksara.fields.StringField;
import java.time.LocalDate;

/** What legacy schemas hold: smallints, defaults the database computes, ON UPDATE CASCADE. */
public class Consignment extends Model {
    public static final Manager<Consignment> objects = Manager.of(Consignment.class);

    @StringField(maxLength = 40) public String label;
    @SmallIntegerField public short weight;
    @SmallIntegerField(nullable = true) public Short pieces;
    @DateField @DbDefault("CURRENT_DATE") public LocalDate sentOn;
    @IntegerField @DbDefault("42") public Integer priority;
    @ForeignKey(onDelete = OnDelete.RESTRICT, onUpdate = OnUpdate.CASCADE, relatedName = "consignments") public Ref<Courier> carrier;
}
