package io.aksara.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code aksara:generate-models}: model classes from the live schema, or from the project's
 * jOOQ-generated table classes ({@code jooqPackage}), at build time. By default
 * they are written to {@code target/generated-sources/aksara} and compiled with the project (the
 * annotation processor sees them like hand-written ones). With {@code checkModels} it writes
 * nothing and fails the build when the committed models under {@code out} differ from what the
 * schema (or the jOOQ classes) give: a stale-code check.
 *
 * <pre>{@code
 * <execution><id>models-from-schema</id><goals><goal>generate-models</goal></goals>
 *   <configuration><packageName>com.shop.models</packageName></configuration>
 * </execution>
 * mvn aksara:generate-models -Daksara.checkModels -Daksara.out=src/main/java    # committed models up to date?
 * mvn process-classes aksara:generate-models -Daksara.jooqPackage=com.shop.jooq -Daksara.checkModels -Daksara.out=src/main/java
 * }</pre>
 */
@Mojo(name = "generate-models", defaultPhase = LifecyclePhase.GENERATE_SOURCES,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class GenerateModelsMojo extends InspectionMojo {
    /** The source root the classes go under (or, with {@code checkModels}, are compared under). */
    @Parameter(property = "aksara.out", defaultValue = "${project.build.directory}/generated-sources/aksara")
    private File outputDirectory;

    /** Compare instead of writing: fail when the models under {@code out} are stale. */
    @Parameter(property = "aksara.checkModels", defaultValue = "false")
    private boolean checkModels;

    @Override
    protected List<String> command() {
        return checkModels ? inspectdb(outputDirectory, "--check") : inspectdb(outputDirectory);
    }

    @Override
    protected void afterSuccess() {
        if (!checkModels) {
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        }
    }

    @Override
    protected MojoFailureException failure(List<String> command) {
        return checkModels
                ? new MojoFailureException("The models under " + outputDirectory + " do not match "
                        + (jooqPackage == null || jooqPackage.isBlank() ? "the live schema" : "the jOOQ classes of " + jooqPackage)
                        + " (listed above). Regenerate them with mvn aksara:inspectdb -Daksara.out=" + outputDirectory
                        + (jooqPackage == null || jooqPackage.isBlank() ? "" : " -Daksara.jooqPackage=" + jooqPackage)
                        + " and review the change.")
                : super.failure(command);
    }
}
