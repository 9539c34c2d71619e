package io.aksara.it.models.djangogenerated;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DecimalField;
import io.aksara.fields.StringField;
import java.math.BigDecimal;

/** Django's {@code model_fields.Foo}: the target of {@link GeneratedModel#fk}. */
@Meta(table = "djg_foos")
public class Foo extends Model {
    public static final Manager<Foo> objects = Manager.of(Foo.class);

    @StringField(maxLength = 10) public String a;
    @DecimalField(maxDigits = 5, decimalPlaces = 3) public BigDecimal d;
}
