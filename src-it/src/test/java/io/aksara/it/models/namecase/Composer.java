package io.aksara.it.models.namecase;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.StringField;

/** A table and column named in PascalCase, as a schema made by another tool names them. */
@Meta(table = "CaseComposer")
public class Composer extends Model {
    public static final Manager<Composer> objects = Manager.of(Composer.class);

    @StringField(maxLength = 40, dbColumn = "FullName")
    public String fullName;

    public Related<Score> scores() {
        return related(Score.class, "composer");
    }
}
