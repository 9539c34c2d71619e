package io.aksara.bench;

import io.aksara.Aksara;
import io.aksara.bench.models.World;

/**
 * Aksara with its default fair queue, W5's read-modify-write inside {@code Aksara.onOneConnection}:
 * the {@code get} and the {@code save} borrow one connection (one wait in the queue), as raw JDBC's
 * {@code updatePk} does. Everything else is {@link AksaraStack}'s (W8's {@code aksara_one_lease}).
 */
public class AksaraOneLeaseStack extends AksaraStack {
    @Override
    public String name() {
        return "aksara_one_lease";
    }

    @Override
    public World updatePk(int id) {
        return Aksara.onOneConnection(() -> super.updatePk(id));
    }
}
