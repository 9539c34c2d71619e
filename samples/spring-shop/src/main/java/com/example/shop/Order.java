package com.example.shop;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** An order, kept by Aksara (table {@code orders}, from migrations/0001_initial.yaml). */
public class Order extends Model {
    public static final Manager<Order> objects = Manager.of(Order.class);

    @StringField(maxLength = 20, unique = true)
    public String code;

    @StringField(maxLength = 40)
    public String item;

    @IntegerField
    public int quantity;
}
