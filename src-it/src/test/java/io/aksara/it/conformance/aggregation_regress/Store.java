package io.aksara.it.conformance.aggregation_regress;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;
import io.aksara.fields.TimeField;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** Django's tests/aggregation_regress/models.py Store. */
@Meta(table = "aggregation_regress_store")
public class Store extends Model {
    public static final Manager<Store> objects = Manager.of(Store.class);

    @StringField(maxLength = 255)
    public String name;

    @ManyToMany
    public Many<Book> books;

    @DateTimeField
    public OffsetDateTime originalOpening;

    @TimeField
    public LocalTime fridayNightClosing;
}
