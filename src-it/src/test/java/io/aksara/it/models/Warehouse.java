package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** The target of two relations of {@link StockItem}; inspectdb reads its table back. */
public class Warehouse extends Model {
    public static final Manager<Warehouse> objects = Manager.of(Warehouse.class);

    @StringField(maxLength = 60, unique = true) public String name;
    @StringField(maxLength = 20, dbIndex = true) public String code;
}
