package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.DecimalField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import io.aksara.fields.Version;
import java.math.BigDecimal;

/** Optimistic locking (@Version) and auditing fields (createdBy/updatedBy). */
public class Account extends Model {
    public static final Manager<Account> objects = Manager.of(Account.class);

    @StringField(maxLength = 40) public String owner;
    @DecimalField(maxDigits = 12, decimalPlaces = 2) public BigDecimal balance = BigDecimal.ZERO;
    @Version @IntegerField public int version;
    @StringField(maxLength = 40, nullable = true) public String createdBy;
    @StringField(maxLength = 40, nullable = true) public String updatedBy;
}
