package io.aksara.it.models.namecase;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** A PascalCase table with a PascalCase foreign-key column and a reserved word written with a capital. */
@Meta(table = "CaseScore")
public class Score extends Model {
    public static final Manager<Score> objects = Manager.of(Score.class);

    @StringField(maxLength = 60, dbColumn = "Title")
    public String title;

    @IntegerField(dbColumn = "Year")
    public int year;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "scores", dbColumn = "ComposerId")
    public Ref<Composer> composer;
}
