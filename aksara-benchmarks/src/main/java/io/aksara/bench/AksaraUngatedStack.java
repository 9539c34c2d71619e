package io.aksara.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Aksara with its fair queue turned off ({@code DatabaseConfig.Builder.fairQueue(false)}): callers
 * wait in HikariCP's own hand-off, as the plain raw JDBC stack's do (W8's {@code aksara_ungated}).
 */
@State(Scope.Benchmark)
public class AksaraUngatedStack extends AksaraStack {
    @Override
    @Setup(Level.Trial)
    public void open(Db db) {
        open(false);
    }

    @Override
    public String name() {
        return "aksara_ungated";
    }
}
