package io.aksara.cli;

/**
 * The entry point of {@code ./aksara}; see {@link AksaraCli}.
 *
 * <pre>{@code java -cp ... io.aksara.cli.Main makemigrations --check }</pre>
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(new AksaraCli(CommandTable.standard(), System.getenv(), System.out, System.err).run(args));
    }
}
