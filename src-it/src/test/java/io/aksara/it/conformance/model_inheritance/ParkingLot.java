package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;

/**
 * Django's tests/model_inheritance/models.py ParkingLot. Django names its parent link {@code parent};
 * Aksara's link is always {@code placePtr}.
 */
@Meta(table = "model_inheritance_parkinglot")
public class ParkingLot extends Place {
    public static final Manager<ParkingLot> objects = Manager.of(ParkingLot.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "lot")
    public Ref<Place> mainSite;
}
