package io.aksara.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn aksara:migrate}: applies the migrations that have not run, or moves the database to a
 * named migration (rolling back later ones; {@code zero} rolls back all).
 *
 * <pre>{@code
 * mvn aksara:migrate -Daksara.url=jdbc:postgresql://localhost/shop -Daksara.user=shop -Daksara.password=...
 * mvn aksara:migrate -Daksara.target=0001_initial
 * mvn aksara:migrate -Daksara.fakeInitial      # adopting a database whose tables exist already
 * }</pre>
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class MigrateMojo extends AksaraMojo {
    /** The migration to move to (its name or number), or {@code zero}; all of them when unset. */
    @Parameter(property = "aksara.target")
    private String target;

    /** Records the migrations as applied without running them. */
    @Parameter(property = "aksara.fake", defaultValue = "false")
    private boolean fake;

    /** Records an initial migration as applied without running it when all its tables exist already. */
    @Parameter(property = "aksara.fakeInitial", defaultValue = "false")
    private boolean fakeInitial;

    @Override
    protected List<String> command() {
        List<String> args = new ArrayList<>(List.of("migrate"));
        flag(args, "--fake", fake);
        flag(args, "--fake-initial", fakeInitial);
        if (target != null && !target.isBlank()) {
            args.add(target);
        }
        return args;
    }
}
