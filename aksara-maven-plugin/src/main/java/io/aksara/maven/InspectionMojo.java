package io.aksara.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the two goals that run inspectdb share: the package, schema (or jOOQ classes) and tables to read. Each goal
 * declares its own output directory, since their defaults differ.
 */
abstract class InspectionMojo extends AksaraMojo {
    /** The package of the model classes. */
    @Parameter(property = "aksara.package", defaultValue = "models")
    private String packageName;

    /** The schema to read; the connection's current one when unset. */
    @Parameter(property = "aksara.schema")
    private String schema;

    /**
     * Read the jOOQ-generated table classes of this package (and its subpackages) instead of a
     * database. They must be compiled when the goal runs: in a module the project depends on, or,
     * in the same module, with the goal bound to {@code process-classes}.
     */
    @Parameter(property = "aksara.jooqPackage")
    protected String jooqPackage;

    /** The tables to read; all of them when unset. */
    @Parameter(property = "aksara.tables")
    private List<String> tables;

    /** {@code inspectdb} with the shared options, {@code --out outputDirectory}, then {@code extraFlags}, then the tables. */
    protected List<String> inspectdb(File outputDirectory, String... extraFlags) {
        List<String> args = new ArrayList<>(List.of("inspectdb"));
        option(args, "--package", packageName);
        option(args, "--schema", schema);
        option(args, "--jooq", jooqPackage);
        option(args, "--out", outputDirectory.getAbsolutePath());
        args.addAll(List.of(extraFlags));
        if (tables != null) {
            args.addAll(tables);
        }
        return args;
    }
}
