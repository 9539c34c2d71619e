package io.aksara.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn aksara:sqlmigrate -Daksara.migration=0002}: the SQL a migration runs on the database.
 *
 * <pre>{@code
 * mvn aksara:sqlmigrate -Daksara.migration=0001_initial -Daksara.url=jdbc:mariadb://localhost/shop
 * }</pre>
 */
@Mojo(name = "sqlmigrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SqlMigrateMojo extends AksaraMojo {
    /** The migration (its name or number). */
    @Parameter(property = "aksara.migration", required = true)
    private String migration;

    @Override
    protected List<String> command() {
        return List.of("sqlmigrate", migration);
    }
}
