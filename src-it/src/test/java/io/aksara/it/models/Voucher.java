package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;
import io.aksara.fields.UUIDField;
import java.util.UUID;

/** A model whose primary key is a UUID that Aksara generates (QuerySetMethodsSuite's own table). */
@Meta(table = "it_vouchers")
public class Voucher extends Model {
    public static final Manager<Voucher> objects = Manager.of(Voucher.class);

    @UUIDField(primaryKey = true, autoGenerate = true)
    public UUID code;

    @StringField(maxLength = 80)
    public String title;
}
