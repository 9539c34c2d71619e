package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.meta.ModelMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles model sources written by inspectdb the way a user's build would: javac with the Aksara
 * annotation processor, every lint on; then loads the generated metamodels.
 */
final class GeneratedModels {
    private final URLClassLoader loader;
    private final String packageName;

    private GeneratedModels(URLClassLoader loader, String packageName) {
        this.loader = loader;
        this.packageName = packageName;
    }

    /** Compiles the files; fails the test with javac's messages on any error or warning. */
    static GeneratedModels compile(List<Path> sources, String packageName) {
        try {
            Path out = Files.createTempDirectory("aksara-inspected-classes");
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            String classpath = System.getProperty("java.class.path");
            try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                List<String> options = List.of("-d", out.toString(), "-classpath", classpath,
                        "-processorpath", classpath, "-proc:full", "--release", "25", "-Xlint:all,-processing");
                boolean ok = javac.getTask(null, files, diagnostics, options, null,
                        files.getJavaFileObjectsFromPaths(sources)).call();
                List<String> problems = new ArrayList<>();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() != Diagnostic.Kind.NOTE) {
                        problems.add(d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT));
                    }
                }
                assertThat(problems).as("javac on the generated models").isEmpty();
                assertThat(ok).isTrue();
            }
            return new GeneratedModels(new URLClassLoader(new URL[] {out.toUri().toURL()},
                    GeneratedModels.class.getClassLoader()), packageName);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The metamodel the processor generated for a model class ({@code StockItem} → {@code StockItem_.META}). */
    ModelMeta<?> meta(String simpleClassName) {
        try {
            Class<?> metamodel = Class.forName(packageName + "." + simpleClassName + "_", true, loader);
            return (ModelMeta<?>) metamodel.getField("META").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("No metamodel for generated model " + simpleClassName, e);
        }
    }
}
