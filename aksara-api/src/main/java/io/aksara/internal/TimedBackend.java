package io.aksara.internal;

import io.aksara.spi.Backend;
import java.time.Duration;

/**
 * The backend a QuerySet with {@code timeout(...)} runs against: each call runs with a deadline
 * of {@code timeout} from its start, which every statement of the call must meet (see
 * {@link io.aksara.spi.StatementLimits}). A proxy, like {@link NoRows}, so methods added to
 * {@link Backend} later are covered too.
 *
 * <pre>{@code
 * Backend b = TimedBackend.over(Aksara.backend(alias), Duration.ofSeconds(2), "Report");
 * b.fetch(query);    // QueryTimeout after 2 s, the SELECT cancelled on the server
 * }</pre>
 */
public final class TimedBackend {
    private TimedBackend() {}

    /** {@code real}, with each call limited to {@code timeout}; {@code model} names the calls in errors. */
    public static Backend over(Backend real, Duration timeout, String model) {
        return BackendProxies.of("TimedBackend[" + timeout + "]", (method, args) -> ExecutionScope.withTimeout(timeout,
                model + " " + method.getName() + "()", () -> BackendProxies.forward(real, method, args)));
    }
}
