package io.aksara.errors;

/**
 * A {@code save()} of a model with a {@link io.aksara.fields.Version @Version} field found that the
 * row was changed since the instance was loaded: its version moved on. Nothing was written. Reload
 * the instance ({@code refreshFromDb()}), apply the change again, and save.
 *
 * <pre>{@code
 * try { account.save(); }
 * catch (StaleObjectError e) { account.refreshFromDb(); retry(account); }
 * }</pre>
 */
public class StaleObjectError extends AksaraException {
    public StaleObjectError(String message) {
        super(message);
    }
}
