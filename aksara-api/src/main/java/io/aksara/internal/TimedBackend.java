package io.aksara.internal;

import io.aksara.spi.Backend;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
        return (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "TimedBackend[" + timeout + "]";
                        };
                    }
                    return ExecutionScope.withTimeout(timeout, model + " " + method.getName() + "()", () -> {
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw sneaky(e.getCause());
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                });
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
