package io.aksara.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The commands {@code ./aksara} knows, in the order {@code --help} lists them. A new command is
 * one more {@link Command} added in {@link #standard()}; nothing else in the CLI changes.
 *
 * <pre>{@code
 * CommandTable table = CommandTable.standard().with(new MyCommand());
 * }</pre>
 *
 * @param commands the commands, in listing order
 */
public record CommandTable(List<Command> commands) {
    public CommandTable {
        commands = List.copyOf(commands);
    }

    /** The built-in commands. Add new commands here. */
    public static CommandTable standard() {
        return new CommandTable(List.of(
                new MakeMigrationsCommand(),
                new MigrateCommand(),
                new ShowMigrationsCommand(),
                new SqlMigrateCommand(),
                new LintMigrationsCommand(),
                new InspectDbCommand(),
                new DumpDataCommand(),
                new LoadDataCommand(),
                new MigrateTenantsCommand()));
    }

    /** This table with one more command. */
    public CommandTable with(Command command) {
        if (find(command.name()).isPresent()) {
            throw new IllegalArgumentException("A command named " + command.name() + " exists already");
        }
        List<Command> copy = new ArrayList<>(commands);
        copy.add(command);
        return new CommandTable(copy);
    }

    public Optional<Command> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return commands.stream().map(Command::name).toList();
    }
}
