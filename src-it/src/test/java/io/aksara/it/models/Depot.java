package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** The target of two relations of {@link StockItem}; inspectdb reads its table back. */
public class Depot extends Model {
    public static final Manager<Depot> objects = Manager.of(Depot.class);

    @StringField(maxLength = 60, unique = true) public String name;
    @StringField(maxLength = 20, dbIndex = true) public String code;
}
