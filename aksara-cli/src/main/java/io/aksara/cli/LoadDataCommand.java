package io.aksara.cli;

import io.aksara.Aksara;
import io.aksara.test.Fixtures;
import java.nio.file.Path;

/** {@code loaddata}: fixture files written into the database ({@link Fixtures}). */
final class LoadDataCommand implements Command {
    @Override
    public String name() {
        return "loaddata";
    }

    @Override
    public String summary() {
        return "write the objects of JSON fixture files into the database";
    }

    @Override
    public String help() {
        return """
                usage: ./aksara loaddata FILE ...

                Reads each fixture file (the JSON that ./aksara dumpdata writes) and writes its
                objects with their keys: a row with the key is updated, else one is inserted. Each
                file is one transaction, checked whole before its first row is written.

                example: ./aksara loaddata shop.json
                """;
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        if (args.positional().isEmpty()) {
            throw new UsageError("loaddata needs at least one fixture file");
        }
        Aksara.configure(context.database());
        try {
            int total = 0;
            for (String file : args.positional()) {
                total += Fixtures.using(Aksara.DEFAULT).load(Path.of(file));
            }
            context.out().println("Installed " + total + " object(s) from " + args.positional().size() + " fixture(s)");
            return 0;
        } finally {
            Aksara.close();
        }
    }
}
