package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.Ref;
import io.aksara.fields.BooleanField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OneToOne;

/** Django tests/one_to_one/models.py Director. */
@Meta(table = "one_to_one_director")
public class Director extends Model {
    public static final Manager<Director> objects = new Manager<>(Director.class) {
        @Override
        public QuerySet<Director> all() {
            return super.all().filter("isTemp", false); // Django's DirectorManager
        }
    };

    @BooleanField
    public boolean isTemp = false;

    @OneToOne(onDelete = OnDelete.CASCADE)
    public Ref<School> school;
}
