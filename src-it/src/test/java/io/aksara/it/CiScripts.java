package io.aksara.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the repository's {@code .ci} server scripts for suites that start servers of their own. */
final class CiScripts {
    private CiScripts() {}

    /** Runs {@code .ci/<script> args...} with these extra environment variables; returns its output. */
    static String run(Map<String, String> env, String script, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", root().resolve(".ci").resolve(script).toString()));
        command.addAll(Arrays.asList(args));
        return run(env, command);
    }

    /** Runs a command with these extra environment variables; fails with its output unless it exits 0. */
    static String run(Map<String, String> env, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An environment variable as a port number, or the default. */
    static int port(String variable, int defaultPort) {
        String v = System.getenv(variable);
        return v == null || v.isBlank() ? defaultPort : Integer.parseInt(v.strip());
    }

    /** An environment variable as a path, or the default. */
    static String path(String variable, String defaultPath) {
        String v = System.getenv(variable);
        return v == null || v.isBlank() ? defaultPath : v.strip();
    }

    /**
     * Skips the calling suite unless {@code database} is among {@code -Daksara.it.databases}
     * (when set): the scale-out suites run beside that database's server suites.
     */
    static void requireSelected(TestDatabase database) {
        String only = System.getProperty("aksara.it.databases", "");
        Assumptions.assumeTrue(only.isBlank() || Arrays.stream(only.split(",")).map(String::strip)
                .anyMatch(name -> name.equalsIgnoreCase(database.name()) || name.equalsIgnoreCase(database.toString())),
                () -> database + " is not in -Daksara.it.databases=" + only);
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static boolean underCi() {
        return "true".equals(System.getenv("CI"));
    }

    /** The directory with {@code .ci}: the tests run in {@code src-it}, one below it. */
    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(".ci/pg-up.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("Cannot find .ci/pg-up.sh above " + Path.of("").toAbsolutePath());
    }
}
