package io.aksara.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The operation counter of one benchmark thread: operation {@code i} gets {@code Params.*(i)}. */
@State(Scope.Thread)
public class Cursor {
    private int i;

    public int next() {
        return i++;
    }
}
