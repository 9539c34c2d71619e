package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DecimalField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import java.math.BigDecimal;

/** The through model of {@link ProbeRack#labelled}, with values of its own to validate. */
public class RackLabel extends Model {
    public static final Manager<RackLabel> objects = Manager.of(RackLabel.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "labels") public Ref<ProbeRack> rack;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "labels") public Ref<Probe> probe;
    @StringField(maxLength = 10, nullable = true) public String note;
    @DecimalField(maxDigits = 4, decimalPlaces = 2, nullable = true) public BigDecimal weight;
}
