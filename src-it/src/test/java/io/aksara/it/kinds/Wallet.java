package io.aksara.it.kinds;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.StringField;
import io.aksara.fields.TextField;

/** A model whose fields use the application's own kinds next to built-in ones. */
public class Wallet extends Model {
    public static final Manager<Wallet> objects = Manager.of(Wallet.class);

    @StringField(maxLength = 40) public String owner;
    @MoneyField(maxDigits = 12, decimalPlaces = 2) public Money balance;
    @MoneyField(nullable = true) public Money creditLimit;
    @TagsField public Tags tags;
    @TextField(nullable = true) public String note;
}
