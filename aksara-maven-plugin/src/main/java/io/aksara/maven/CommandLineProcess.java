package io.aksara.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs {@code io.aksara.cli.Main} in a new JVM (the one Maven runs on) with a given classpath and
 * extra environment, its output going straight to Maven's console.
 *
 * <pre>{@code
 * int code = new CommandLineProcess(classpath, Map.of(), log).run(List.of("showmigrations"), baseDir);
 * }</pre>
 */
final class CommandLineProcess {
    static final String MAIN_CLASS = "io.aksara.cli.Main";

    private final List<String> classpath;
    private final Map<String, String> environment;
    private final Log log;
    private final ProcessBuilder.Redirect output;

    /** A command line whose output goes straight to Maven's console. */
    CommandLineProcess(List<String> classpath, Map<String, String> environment, Log log) {
        this(classpath, environment, log, ProcessBuilder.Redirect.INHERIT);
    }

    /** A command line whose output (stdout and stderr together) goes where {@code output} says. */
    CommandLineProcess(List<String> classpath, Map<String, String> environment, Log log, ProcessBuilder.Redirect output) {
        this.classpath = List.copyOf(classpath);
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.output = output;
    }

    /** Runs the command line with these arguments in this working directory; returns its exit code. */
    int run(List<String> args, File workingDirectory) throws MojoExecutionException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                MAIN_CLASS));
        command.addAll(args);
        log.debug("aksara: " + String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory)
                .redirectInput(ProcessBuilder.Redirect.INHERIT);
        if (output == ProcessBuilder.Redirect.INHERIT) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(output);
        }
        // The classpath goes in the environment: it can be long, and it keeps the command line readable.
        builder.environment().put("CLASSPATH", String.join(File.pathSeparator, classpath));
        builder.environment().putAll(environment);
        try {
            return builder.start().waitFor();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot start " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while running aksara " + args, e);
        }
    }
}
