package io.aksara.internal;

import java.io.Serial;

/**
 * Stands in for an exception whose message showed a password: the same class name, message with
 * the password masked, and the same stack trace. See {@link SecretMask#cause}.
 */
public final class MaskedCause extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String originalClass;

    MaskedCause(Throwable original, String maskedMessage, Throwable cause) {
        super(maskedMessage, cause, false, true);
        this.originalClass = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    /** The class of the exception this one replaces. */
    public String originalClass() {
        return originalClass;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return originalClass + " (password masked)" + (message != null ? ": " + message : "");
    }
}
