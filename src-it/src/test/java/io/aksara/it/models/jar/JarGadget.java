package io.aksara.it.models.jar;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** The one model CommandLineJarSuite hands to the standalone command line (copied with a model index of its own). */
@Meta(table = "jar_gadgets")
public class JarGadget extends Model {
    public static final Manager<JarGadget> objects = Manager.of(JarGadget.class);

    @StringField(maxLength = 40) public String name;
    @IntegerField public int weight;
}
