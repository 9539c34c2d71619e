package io.aksara.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code aksara:lint}: fails the build when a migration holds an operation that is unsafe on a live
 * database (a lock that stops writes, a table rewrite, a drop or rename that breaks the running
 * release), printing the safe sequence for each. A finding is accepted in the migration file with
 * {@code # lint-ignore: RULE the reason}. Bound to {@code process-classes}, like {@code check}:
 *
 * <pre>{@code
 * <execution><id>safe-migrations</id><goals><goal>lint</goal></goals>
 *   <configuration><lintDatabases>postgresql</lintDatabases><lintAfter>0007_add_orders_note</lintAfter></configuration>
 * </execution>
 * }</pre>
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class LintMojo extends AksaraMojo {
    /** The databases to lint for: {@code postgresql}, {@code mariadb} (MySQL: as mariadb); both when unset. */
    @Parameter(property = "aksara.lintDatabases")
    private List<String> lintDatabases;

    /** Lint only the migrations after this one (its name or number), typically the last one deployed. */
    @Parameter(property = "aksara.lintAfter")
    private String lintAfter;

    @Override
    protected List<String> command() {
        List<String> args = new ArrayList<>(List.of("lintmigrations"));
        if (lintDatabases != null) {
            lintDatabases.forEach(d -> option(args, "--database", d));
        }
        option(args, "--after", lintAfter);
        return args;
    }

    @Override
    protected MojoFailureException failure(List<String> command) {
        return new MojoFailureException("Migrations hold operations unsafe on a live database (listed above with their safe "
                + "sequence). Write the safe sequence instead, or accept a finding with a comment in the migration file: "
                + "# lint-ignore: RULE the reason");
    }
}
