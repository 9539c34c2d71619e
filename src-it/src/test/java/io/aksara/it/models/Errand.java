package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.EnumField;
import io.aksara.fields.StringField;

/** An errand whose status and priority are Java enums, stored as the constants' names. */
public class Errand extends Model {
    public static final Manager<Errand> objects = Manager.of(Errand.class);

    /** The life of an errand; {@code WAITING_FOR_CUSTOMER} is the longest name and sets the column length. */
    public enum Status { OPEN, WAITING_FOR_CUSTOMER, CLOSED }

    public enum Priority { LOW, HIGH }

    @StringField(maxLength = 20) public String title;
    @EnumField public Status status = Status.OPEN;
    @EnumField(nullable = true) public Priority priority;
}
