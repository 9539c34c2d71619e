package io.aksara.cli;

/** Wrong arguments on the command line: the CLI prints the message and the usage, and exits with 2. */
public final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageError(String message) {
        super(message);
    }
}
