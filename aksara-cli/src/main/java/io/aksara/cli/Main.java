package io.aksara.cli;

/**
 * The entry point of {@code ./aksara}; see {@link AksaraCli}.
 *
 * <pre>{@code
 * java -cp target/classes:aksara-cli-all.jar io.aksara.cli.Main makemigrations --check
 * java -jar aksara-cli-all.jar --classpath target/classes:lib/app-deps.jar migrate   // the same in a second JVM
 * }</pre>
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        ClasspathLaunch launch = ClasspathLaunch.of(args);
        if (launch != null) {
            System.exit(launch.run());
        }
        System.exit(new AksaraCli(CommandTable.standard(), System.getenv(), System.out, System.err).run(args));
    }
}
