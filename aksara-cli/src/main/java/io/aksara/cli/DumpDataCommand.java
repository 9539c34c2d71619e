package io.aksara.cli;

import io.aksara.Aksara;
import io.aksara.test.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code dumpdata}: the rows of models as fixture JSON ({@link Fixtures}). */
final class DumpDataCommand implements Command {
    @Override
    public String name() {
        return "dumpdata";
    }

    @Override
    public String summary() {
        return "print (or write) the rows of models as JSON fixtures";
    }

    @Override
    public String help() {
        return """
                usage: ./aksara dumpdata [--output FILE] [MODEL ...]

                Writes the rows of the named models (class names, or simple names; all indexed
                models when none is named) as a JSON fixture, models that others point to first.
                ./aksara loaddata reads it back.

                  --output FILE   write to FILE instead of printing

                example: ./aksara dumpdata --output shop.json Category Product
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("--output");
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        Aksara.configure(context.database());
        try {
            String json = Fixtures.using(Aksara.DEFAULT).dump(Fixtures.models(args.positional()));
            String output = args.value("--output");
            if (output == null) {
                context.out().print(json);
            } else {
                Files.writeString(Path.of(output), json);
                context.out().println("Wrote " + output);
            }
            return 0;
        } catch (IOException e) {
            context.err().println("dumpdata: cannot write " + args.value("--output") + ": " + e.getMessage());
            return 1;
        } finally {
            Aksara.close();
        }
    }
}
