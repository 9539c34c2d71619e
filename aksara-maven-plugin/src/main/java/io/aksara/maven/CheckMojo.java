package io.aksara.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code aksara:check}: fails the build when the models changed without a migration. Bound to
 * {@code process-classes}, right after the models compile:
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.aksara</groupId><artifactId>aksara-maven-plugin</artifactId><version>...</version>
 *   <executions><execution><goals><goal>check</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends AksaraMojo {
    @Override
    protected List<String> command() {
        return List.of("makemigrations", "--check");
    }

    @Override
    protected MojoFailureException failure(List<String> command) {
        return new MojoFailureException("The models have changes without a migration (listed above). Write it with "
                + "mvn aksara:makemigrations, review it and commit it with the model change.");
    }
}
