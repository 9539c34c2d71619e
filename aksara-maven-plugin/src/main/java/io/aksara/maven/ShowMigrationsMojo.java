package io.aksara.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn aksara:showmigrations}: every migration, marked {@code [X]} when the database has run it.
 *
 * <pre>{@code
 * mvn aksara:showmigrations -Daksara.url=jdbc:postgresql://localhost/shop -Daksara.user=shop
 * }</pre>
 */
@Mojo(name = "showmigrations", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ShowMigrationsMojo extends AksaraMojo {
    @Override
    protected List<String> command() {
        return List.of("showmigrations");
    }
}
