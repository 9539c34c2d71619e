package io.aksara.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --classpath ENTRIES}: runs the command line again in a new JVM whose classpath is the
 * application's entries (its classes with their model index, its JDBC driver, its Java
 * migrations) followed by this command line's own. A new JVM rather than a class loader, so
 * {@code DriverManager}, {@code ServiceLoader} and the model index see the application's classes
 * exactly as the application does.
 *
 * <pre>{@code
 * java -jar aksara-cli-all.jar --classpath target/classes:target/lib/* migrate
 * }</pre>
 */
final class ClasspathLaunch {
    static final String OPTION = "--classpath";

    private final String classpath;
    private final List<String> rest;

    private ClasspathLaunch(String classpath, List<String> rest) {
        this.classpath = classpath;
        this.rest = List.copyOf(rest);
    }

    /** The launch the arguments ask for, or null when they have no {@code --classpath}. */
    static ClasspathLaunch of(String... args) {
        List<String> rest = new ArrayList<>();
        String classpath = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(OPTION) && i + 1 < args.length && classpath == null) {
                classpath = args[++i];
            } else if (args[i].startsWith(OPTION + "=") && classpath == null) {
                classpath = args[i].substring(OPTION.length() + 1);
            } else {
                rest.add(args[i]);
            }
        }
        return classpath == null ? null : new ClasspathLaunch(classpath, rest);
    }

    /** The arguments the new JVM gets: all but {@code --classpath}. */
    List<String> arguments() {
        return rest;
    }

    /** The new JVM's classpath: the application's entries first, then this command line's. */
    String fullClasspath() {
        return classpath + File.pathSeparator + System.getProperty("java.class.path");
    }

    /** Runs the new JVM with this process's input and output, and returns its exit code. */
    int run() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", Main.class.getName()));
        command.addAll(rest);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // in the environment rather than on the command line: it can be long
        builder.environment().put("CLASSPATH", fullClasspath());
        try {
            return builder.start().waitFor();
        } catch (IOException e) {
            System.err.println("error: cannot start " + command.getFirst() + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
