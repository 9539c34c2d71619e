package io.aksara.it;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures what SLF4J logs (the tests use slf4j-simple, which writes to {@code System.err}) while
 * a block runs, with the loggers under the given prefixes at DEBUG: the loggers that exist already
 * are switched for the duration, and new ones pick the level up from the system properties
 * slf4j-simple reads when it creates a logger.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.debug("com.zaxxer.hikari", "io.aksara")) {
 *     Aksara.backend("x");
 *     assertThat(log.text()).doesNotContain("s3cret");
 * }
 * }</pre>
 */
final class LogCapture implements AutoCloseable {
    private static final int DEBUG = 10; // slf4j-simple's LOG_LEVEL_DEBUG
    private static final int WARN = 30;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream originalErr = System.err;
    private final Map<String, String> originalProperties = new HashMap<>();
    private final Map<Logger, Integer> originalLevels = new HashMap<>();
    private final List<String> prefixes;

    private LogCapture(List<String> prefixes) {
        this.prefixes = prefixes;
        for (String prefix : prefixes) {
            String key = "org.slf4j.simpleLogger.log." + prefix;
            originalProperties.put(key, System.getProperty(key));
            System.setProperty(key, "debug");
        }
        for (Logger logger : existingLoggers()) {
            if (prefixes.stream().anyMatch(p -> logger.getName().startsWith(p))) {
                originalLevels.put(logger, level(logger, DEBUG));
            }
        }
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    /** Starts capturing, with every logger under these prefixes at DEBUG. */
    static LogCapture debug(String... prefixes) {
        return new LogCapture(List.of(prefixes));
    }

    /** Everything logged so far. */
    String text() {
        System.err.flush();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setErr(originalErr);
        originalProperties.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
        originalLevels.forEach(LogCapture::level);
        // loggers created during the capture keep DEBUG: put them back to the configured default
        for (Logger logger : existingLoggers()) {
            if (!originalLevels.containsKey(logger) && prefixes.stream().anyMatch(p -> logger.getName().startsWith(p))) {
                level(logger, WARN); // the default of src-it's simplelogger.properties
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Iterable<Logger> existingLoggers() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        try {
            Field map = factory.getClass().getDeclaredField("loggerMap");
            map.setAccessible(true);
            return List.copyOf(((Map<String, Logger>) map.get(factory)).values());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The tests expect slf4j-simple as the SLF4J binding", e);
        }
    }

    /** Sets a slf4j-simple logger's level, returning the previous one. */
    private static int level(Logger logger, int level) {
        try {
            Field f = logger.getClass().getDeclaredField("currentLogLevel");
            f.setAccessible(true);
            int before = f.getInt(logger);
            f.setInt(logger, level);
            return before;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The tests expect slf4j-simple as the SLF4J binding", e);
        }
    }
}
