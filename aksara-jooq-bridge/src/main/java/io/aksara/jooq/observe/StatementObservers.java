package io.aksara.jooq.observe;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The observers every statement is reported to, for the whole JVM (every database alias). With
 * none registered, a statement pays one volatile read.
 *
 * <pre>{@code
 * StatementObservers.Registration r = StatementObservers.register(myObserver);
 * ...
 * r.close();                                  // stops reporting to it
 * }</pre>
 */
public final class StatementObservers {
    private static final List<StatementObserver> OBSERVERS = new CopyOnWriteArrayList<>();
    private static volatile boolean any;

    private StatementObservers() {}

    /** A registered observer; {@link #close()} unregisters it. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Reports every statement from now on to the observer. */
    public static Registration register(StatementObserver observer) {
        Objects.requireNonNull(observer, "observer");
        OBSERVERS.add(observer);
        any = true;
        return () -> {
            OBSERVERS.remove(observer);
            any = !OBSERVERS.isEmpty();
        };
    }

    /** Whether any observer is registered. */
    public static boolean any() {
        return any;
    }

    /** The observers, in registration order. */
    public static List<StatementObserver> all() {
        return List.copyOf(OBSERVERS);
    }
}
