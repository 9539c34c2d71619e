package io.aksara.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn aksara:makemigrations}: compiles the project, compares its models with the state its
 * migrations build, and writes the next migration into {@code migrations/}.
 *
 * <pre>{@code
 * mvn aksara:makemigrations
 * mvn aksara:makemigrations -Daksara.name=add_stock -Daksara.defaults=products.stock=0
 * mvn aksara:makemigrations -Daksara.lint -Daksara.lintDatabases=postgresql   # and flag unsafe operations
 * }</pre>
 */
@Mojo(name = "makemigrations", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class MakeMigrationsMojo extends AksaraMojo {
    /** Names the migration {@code 0002_NAME} instead of after its changes. */
    @Parameter(property = "aksara.name")
    private String name;

    /** Writes an empty migration to fill in. */
    @Parameter(property = "aksara.empty", defaultValue = "false")
    private boolean empty;

    /** Prints the migration instead of writing it. */
    @Parameter(property = "aksara.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Treats a removed and an added column or table with the same definition as a rename. */
    @Parameter(property = "aksara.rename", defaultValue = "false")
    private boolean rename;

    /** {@code TABLE.COLUMN=VALUE}: the value existing rows get when a column becomes NOT NULL without a default. */
    @Parameter(property = "aksara.defaults")
    private List<String> defaults;

    /** Lints the new migration as {@code aksara:lint} does; the goal fails on a finding (the migration is written). */
    @Parameter(property = "aksara.lint", defaultValue = "false")
    private boolean lint;

    /** With {@code lint}: {@code postgresql}, {@code mariadb}; both when unset. */
    @Parameter(property = "aksara.lintDatabases")
    private List<String> lintDatabases;

    @Override
    protected List<String> command() {
        List<String> args = new ArrayList<>(List.of("makemigrations"));
        option(args, "--name", name);
        flag(args, "--empty", empty);
        flag(args, "--dry-run", dryRun);
        flag(args, "--rename", rename);
        if (defaults != null) {
            defaults.forEach(d -> option(args, "--default", d));
        }
        flag(args, "--lint", lint);
        if (lint && lintDatabases != null) {
            lintDatabases.forEach(d -> option(args, "--database", d));
        }
        return args;
    }
}
