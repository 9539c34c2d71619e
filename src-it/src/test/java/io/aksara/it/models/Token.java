package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.BooleanField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import io.aksara.fields.TextField;

/** Rows matched by lists of tens of thousands of values (LargeInSuite). */
@Meta(table = "it_tokens")
public class Token extends Model {
    public static final Manager<Token> objects = Manager.of(Token.class);

    @StringField(maxLength = 40)
    public String name;

    @IntegerField(nullable = true)
    public Integer rank;

    @BooleanField
    public boolean flag;

    /** A text column of unbounded length (a LOB type in some databases). */
    @TextField(nullable = true)
    public String memo;
}
