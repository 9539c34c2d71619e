package io.aksara.it;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The databases an {@link OnEveryDatabase} suite runs on: every {@link TestDatabase}, or those
 * {@code -Daksara.it.databases} names. Left out rather than skipped: a skipped run would still call
 * the suite's after-hook, with the previous database's state in its fields.
 */
public final class TestDatabaseSelection implements ArgumentsProvider {
    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return Arrays.stream(TestDatabase.values()).filter(TestDatabaseSelection::selected).map(Arguments::of);
    }

    static boolean selected(TestDatabase db) {
        return System.getProperty("aksara.it.databases", "").isBlank() || TestDatabase.named(db);
    }
}
