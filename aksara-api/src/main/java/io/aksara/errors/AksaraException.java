package io.aksara.errors;

/**
 * The root of every exception Aksara throws, so callers can catch them all in one place.
 *
 * <pre>{@code
 * try { ... } catch (AksaraException e) { log.warn("query failed: {}", e.getMessage()); }
 * }</pre>
 */
public class AksaraException extends RuntimeException {
    public AksaraException(String message) {
        super(message);
    }

    public AksaraException(String message, Throwable cause) {
        super(message, cause);
    }
}
