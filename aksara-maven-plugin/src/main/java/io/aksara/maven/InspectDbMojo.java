package io.aksara.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn aksara:inspectdb}: model classes for the tables of an existing database, written into
 * the project's sources (the JDBC driver comes from the project's dependencies).
 *
 * <pre>{@code
 * mvn aksara:inspectdb -Daksara.url=jdbc:postgresql://localhost/legacy -Daksara.user=app \
 *     -Daksara.package=com.example.legacy
 * }</pre>
 */
@Mojo(name = "inspectdb", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class InspectDbMojo extends AksaraMojo {
    /** The package of the model classes. */
    @Parameter(property = "aksara.package", defaultValue = "models")
    private String packageName;

    /** The schema to read; the connection's current one when unset. */
    @Parameter(property = "aksara.schema")
    private String schema;

    /** The source root the classes are written under. */
    @Parameter(property = "aksara.out", defaultValue = "${project.build.sourceDirectory}")
    private File outputDirectory;

    /** The tables to read; all of them when unset. */
    @Parameter(property = "aksara.tables")
    private List<String> tables;

    @Override
    protected List<String> command() {
        List<String> args = new ArrayList<>(List.of("inspectdb"));
        option(args, "--package", packageName);
        option(args, "--schema", schema);
        option(args, "--out", outputDirectory.getAbsolutePath());
        if (tables != null) {
            args.addAll(tables);
        }
        return args;
    }
}
