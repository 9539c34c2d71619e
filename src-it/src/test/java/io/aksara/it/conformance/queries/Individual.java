package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.BooleanField;

/** Django tests/queries/models.py Individual (its {@code alive}). */
@Meta(table = "queries_individual")
public class Individual extends Model {
    public static final Manager<Individual> objects = Manager.of(Individual.class);

    @BooleanField public boolean alive;
}
