package io.aksara.maven;

import java.io.File;
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
public class InspectDbMojo extends InspectionMojo {
    /** The source root the classes are written under. */
    @Parameter(property = "aksara.out", defaultValue = "${project.build.sourceDirectory}")
    private File outputDirectory;

    @Override
    protected List<String> command() {
        return inspectdb(outputDirectory);
    }
}
