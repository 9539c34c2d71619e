package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** Holds {@link Probe}s by foreign key ({@link #probes()}) and labels them through {@link RackLabel}. */
public class ProbeRack extends Model {
    public static final Manager<ProbeRack> objects = Manager.of(ProbeRack.class);

    @StringField(maxLength = 20) public String name;

    @ManyToMany(through = RackLabel.class, relatedName = "labelledOn") public Many<Probe> labelled;

    /** The reverse side of {@link Probe#rack}. */
    public Related<Probe> probes() {
        return related(Probe.class, "rack");
    }
}
