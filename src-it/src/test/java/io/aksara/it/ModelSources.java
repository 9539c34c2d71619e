package io.aksara.it;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/** Compiles one model written in a test with the Aksara processor, for the compile errors it gives. */
final class ModelSources {
    private ModelSources() {}

    /**
     * The error messages javac and the processor give for {@code class NAME extends Model { BODY }}
     * in package {@code app} (with {@code io.aksara.fields.*} imported).
     */
    static List<String> compileErrors(String name, String body) {
        try {
            Path dir = Files.createTempDirectory("aksara-model-source");
            Path source = Files.createDirectories(dir.resolve("src/app")).resolve(name + ".java");
            Files.writeString(source, "package app;\n\nimport io.aksara.Model;\nimport io.aksara.fields.*;\n\npublic class "
                    + name + " extends Model {\n" + body + "}\n");
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            String classpath = System.getProperty("java.class.path");
            try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                List<String> options = List.of("-d", Files.createDirectories(dir.resolve("classes")).toString(),
                        "-classpath", classpath, "-processorpath", classpath, "-proc:full", "--release", "25");
                javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(List.of(source))).call();
            }
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(d.getMessage(Locale.ROOT));
                }
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
