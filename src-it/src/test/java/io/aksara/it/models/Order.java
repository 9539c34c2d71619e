package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.JSONField;
import io.aksara.fields.StringField;
import java.util.Map;

/** A model with a JSON document. */
public class Order extends Model {
    public static final Manager<Order> objects = Manager.of(Order.class);

    @StringField(maxLength = 20)
    public String code;

    @JSONField(nullable = true)
    public Map<String, Object> data;
}
