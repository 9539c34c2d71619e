package io.aksara.internal;

import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the default database may fall back to the embedded in-memory H2 database when nothing
 * is configured, and the warning that says it did. The fallback keeps a first program free of
 * setup; in production it would write to memory and lose everything, so it warns once, can be
 * forbidden, and needs H2 on the classpath (an optional dependency).
 *
 * <p>Forbidden by, in order of precedence: {@code Aksara.allowEmbeddedDefault(false)}, the
 * system property {@value #ALLOW_PROPERTY}{@code =false}, the environment variable
 * {@value #ALLOW_VARIABLE}{@code =false}.
 */
public final class EmbeddedFallback {
    /** The environment variable that allows ({@code true}, the default) or forbids ({@code false}) the fallback. */
    public static final String ALLOW_VARIABLE = "AKSARA_ALLOW_EMBEDDED_DEFAULT";
    /** The system property with the same meaning; it wins over the variable. */
    public static final String ALLOW_PROPERTY = "aksara.allowEmbeddedDefault";
    /** The class file whose presence means H2 is on the classpath. */
    public static final String H2_DRIVER = "org/h2/Driver.class";

    private static final String CONFIGURE = "set AKSARA_DATABASE_URL (with AKSARA_DATABASE_USER and AKSARA_DATABASE_PASSWORD), "
            + "or call Aksara.configure(DatabaseConfig.builder().url(\"jdbc:...\").user(...).password(...).build()) "
            + "before the first query";
    private static final System.Logger LOG = System.getLogger("io.aksara.config");
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private EmbeddedFallback() {}

    /**
     * The embedded configuration, when the fallback is allowed and H2 is there.
     *
     * @param environment   the environment variables
     * @param property      the value of the system property {@value #ALLOW_PROPERTY}, or null
     * @param allowedByCode what {@code Aksara.allowEmbeddedDefault} said, or null when not called
     * @param loader        where to look for H2
     * @throws AksaraException naming what forbade it, or that H2 is missing, and how to configure a database
     */
    public static DatabaseConfig embedded(Map<String, String> environment, String property, Boolean allowedByCode,
                                          ClassLoader loader) {
        String forbiddenBy = null;
        if (allowedByCode != null) {
            forbiddenBy = allowedByCode ? null : "Aksara.allowEmbeddedDefault(false)";
        } else if (property != null && !property.isBlank()) {
            forbiddenBy = flag(ALLOW_PROPERTY, property) ? null : "-D" + ALLOW_PROPERTY + "=false";
        } else {
            String variable = environment.get(ALLOW_VARIABLE);
            if (variable != null && !variable.isBlank()) {
                forbiddenBy = flag(ALLOW_VARIABLE, variable) ? null : ALLOW_VARIABLE + "=false";
            }
        }
        if (forbiddenBy != null) {
            throw new AksaraException("No database is configured, and the embedded in-memory fallback is forbidden ("
                    + forbiddenBy + "). Configure the database: " + CONFIGURE + ".");
        }
        if (!h2Present(loader)) {
            throw new AksaraException("No database is configured, and the embedded in-memory fallback needs H2, which is "
                    + "not on the classpath: add com.h2database:h2 as a dependency (for a first program or tests), or "
                    + "configure the database: " + CONFIGURE + ".");
        }
        return DatabaseConfig.embedded();
    }

    /** Logs, once per JVM, that the default database is the in-memory fallback and how to change that. */
    public static void warnOnce() {
        if (WARNED.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, warning());
        }
    }

    /** The warning's text. */
    public static String warning() {
        return "No database is configured: Aksara uses an in-memory H2 database (" + DatabaseConfig.EMBEDDED_URL
                + "), and everything written to it is lost when the JVM exits. To use a real database, " + CONFIGURE
                + ". To make a missing configuration an error instead, set " + ALLOW_VARIABLE + "=false (or -D"
                + ALLOW_PROPERTY + "=false, or Aksara.allowEmbeddedDefault(false)).";
    }

    /** Lets the next fallback warn again (for tests of the warning). */
    public static void forgetWarning() {
        WARNED.set(false);
    }

    private static boolean flag(String name, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new AksaraException(name + " must be true or false, got '" + value + "'");
        };
    }

    /** Looks for the driver's class file, without loading (or initialising) anything. */
    private static boolean h2Present(ClassLoader loader) {
        return loader.getResource(H2_DRIVER) != null;
    }
}
