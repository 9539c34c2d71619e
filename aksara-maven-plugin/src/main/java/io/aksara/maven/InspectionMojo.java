package io.aksara.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the two goals that run inspectdb share: the package, schema and tables to read. Each goal
 * declares its own output directory, since their defaults differ.
 */
abstract class InspectionMojo extends AksaraMojo {
    /** The package of the model classes. */
    @Parameter(property = "aksara.package", defaultValue = "models")
    private String packageName;

    /** The schema to read; the connection's current one when unset. */
    @Parameter(property = "aksara.schema")
    private String schema;

    /** The tables to read; all of them when unset. */
    @Parameter(property = "aksara.tables")
    private List<String> tables;

    /** {@code inspectdb} with the shared options, {@code --out outputDirectory}, then {@code extraFlags}, then the tables. */
    protected List<String> inspectdb(File outputDirectory, String... extraFlags) {
        List<String> args = new ArrayList<>(List.of("inspectdb"));
        option(args, "--package", packageName);
        option(args, "--schema", schema);
        option(args, "--out", outputDirectory.getAbsolutePath());
        args.addAll(List.of(extraFlags));
        if (tables != null) {
            args.addAll(tables);
        }
        return args;
    }
}
