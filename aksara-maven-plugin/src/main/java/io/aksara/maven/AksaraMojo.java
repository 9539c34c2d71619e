package io.aksara.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the migrations directory, the database, and running the Aksara command
 * line in a JVM of its own over the project's runtime classpath (its classes, its model index,
 * its JDBC driver) plus the plugin's own. A separate JVM keeps the project's classes and drivers
 * out of Maven's class loaders, so {@code DriverManager} and the model index behave exactly as
 * they do in the application.
 *
 * <pre>{@code
 * mvn aksara:makemigrations
 * mvn aksara:migrate -Daksara.url=jdbc:postgresql://localhost/shop -Daksara.user=shop -Daksara.password=secret
 * }</pre>
 */
abstract class AksaraMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    /** The migrations directory: the module's own {@code migrations/} unless set. */
    @Parameter(property = "aksara.migrations", defaultValue = "${project.basedir}/migrations")
    protected File migrations;

    /** The JDBC URL of the database; else {@code AKSARA_DATABASE_URL}, else a throwaway in-memory H2. */
    @Parameter(property = "aksara.url")
    private String url;

    /** The database user, for {@code url}. */
    @Parameter(property = "aksara.user")
    private String user;

    /** The database password, for {@code url}. Handed to the command in its environment, never on its command line. */
    @Parameter(property = "aksara.password")
    private String password;

    /** Skips the goal. */
    @Parameter(property = "aksara.skip", defaultValue = "false")
    private boolean skip;

    /** The command word and its own arguments, e.g. {@code ["migrate", "0002"]}. */
    protected abstract List<String> command() throws MojoExecutionException;

    /** What the goal does once the command succeeded; by default nothing. */
    protected void afterSuccess() {
    }

    /** What exit code 1 means for this goal; by default the command failed. */
    protected MojoFailureException failure(List<String> command) {
        return new MojoFailureException("aksara " + command.getFirst() + " failed (see above)");
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping aksara (aksara.skip)");
            return;
        }
        List<String> command = command();
        List<String> args = new ArrayList<>(List.of("--dir", migrations.getAbsolutePath()));
        args.addAll(command);
        int code = new CommandLineProcess(classpath(), databaseEnvironment(), getLog()).run(args, project.getBasedir());
        switch (code) {
            case 0 -> afterSuccess();
            case 1 -> throw failure(command);
            case 2 -> throw new MojoExecutionException("aksara " + String.join(" ", command)
                    + ": wrong usage (see above); the goal's parameters: mvn help:describe -Dplugin=io.aksara:aksara-maven-plugin -Ddetail");
            default -> throw new MojoExecutionException("aksara " + command.getFirst() + " ended with exit code " + code);
        }
    }

    private Map<String, String> databaseEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        if (url != null && !url.isBlank()) {
            env.put("AKSARA_DATABASE_URL", url);
            env.put("AKSARA_DATABASE_USER", user == null ? "" : user);
            env.put("AKSARA_DATABASE_PASSWORD", password == null ? "" : password);
        }
        return env;
    }

    /** The project's runtime classpath first, then the plugin's artifacts the project does not already have. */
    private List<String> classpath() throws MojoExecutionException {
        List<String> entries = new ArrayList<>();
        try {
            entries.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Cannot resolve the runtime classpath of " + project.getId(), e);
        }
        List<String> projectArtifacts = project.getArtifacts().stream().map(AksaraMojo::key).toList();
        for (Artifact a : pluginArtifacts) {
            if (a.getFile() != null && !projectArtifacts.contains(key(a))) {
                entries.add(a.getFile().getAbsolutePath());
            }
        }
        return entries;
    }

    private static String key(Artifact a) {
        return a.getGroupId() + ":" + a.getArtifactId() + (a.getClassifier() == null ? "" : ":" + a.getClassifier());
    }

    /** Adds {@code --name value} when the value is set. */
    protected static void option(List<String> args, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            args.add(name);
            args.add(value.toString());
        }
    }

    /** Adds {@code --name} when the flag is set. */
    protected static void flag(List<String> args, String name, boolean value) {
        if (value) {
            args.add(name);
        }
    }
}
