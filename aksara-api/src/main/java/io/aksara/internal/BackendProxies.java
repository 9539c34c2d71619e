package io.aksara.internal;

import io.aksara.spi.Backend;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * What the backends that wrap another one share ({@link NoRows}, {@link TimedBackend},
 * {@link TenantGuard}): each is a dynamic proxy, so a method added to {@link Backend} later is
 * covered without a change; equals and hashCode are the proxy's identity, toString describes it,
 * and a call passed on to the real backend throws what the real backend threw.
 *
 * <pre>{@code
 * Backend logged = BackendProxies.of("Logged", (method, args) -> {
 *     System.out.println(method.getName());
 *     return BackendProxies.forward(real, method, args);
 * });
 * }</pre>
 */
final class BackendProxies {
    /** What a proxy does with a call of one of Backend's own methods. */
    @FunctionalInterface
    interface Call {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private BackendProxies() {}

    /** A Backend whose calls go to {@code call}; {@code description} is its toString. */
    static Backend of(String description, Call call) {
        return (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> description;
                        };
                    }
                    if (method.getName().startsWith("compiled")) { // compiledRows, compiledCount, compiledExists
                        return null; // a kept statement would run past this wrapper: compiled queries take the full path
                    }
                    return call.handle(method, args);
                });
    }

    /** The call run on {@code real}; what it throws is thrown as it is, not wrapped by reflection. */
    static Object forward(Backend real, Method method, Object[] args) {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw sneaky(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
