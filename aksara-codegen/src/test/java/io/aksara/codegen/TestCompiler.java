package io.aksara.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles sources in-process with a fresh {@link ModelProcessor}, with {@code -Xlint:all -Werror
 * --release 25} and the test JVM's class path, into {@code classes/} and {@code generated/} under a folder.
 */
final class TestCompiler {
    private TestCompiler() {}

    /** What a compilation produced. */
    record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes, Path generated) {
        /** Diagnostics of these kinds, as "KIND: message" lines. */
        List<String> messages(Diagnostic.Kind... kinds) {
            List<String> out = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
                for (Diagnostic.Kind k : kinds) {
                    if (d.getKind() == k) {
                        out.add(k + ": " + d.getMessage(Locale.ROOT));
                    }
                }
            }
            return out;
        }

        /** Error messages only. */
        List<String> errors() {
            List<String> out = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    out.add(d.getMessage(Locale.ROOT));
                }
            }
            return out;
        }

        /** The generated source of a class, or null when none was generated. */
        String generatedSource(String qualifiedName) throws IOException {
            Path file = generated.resolve(qualifiedName.replace('.', '/') + ".java");
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        }
    }

    /** Compiles the sources (file name such as {@code shop/Product.java} → text) into {@code dir}. */
    static Result compile(Path dir, Map<String, String> sources) throws IOException {
        return compile(dir, sources, System.getProperty("java.class.path"));
    }

    static Result compile(Path dir, Map<String, String> sources, String classPath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path generated = Files.createDirectories(dir.resolve("generated"));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((name, text) -> units.add(new StringSource(name, text)));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
                    List.of("-Xlint:all", "-Werror", "--release", "25", "-classpath", classPath), null, units);
            task.setProcessors(List.of(new ModelProcessor()));
            boolean ok = task.call();
            return new Result(ok, diagnostics.getDiagnostics(), classes, generated);
        }
    }

    /** Sample sources from {@code src/test/resources/samples}, by path without the {@code .java.txt} ending. */
    static Map<String, String> samples(String... names) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name + ".java", resource("samples/" + name + ".java.txt"));
        }
        return out;
    }

    static String resource(String path) {
        try (InputStream in = TestCompiler.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A compilation unit held in memory. */
    private static final class StringSource extends SimpleJavaFileObject {
        private final String text;

        StringSource(String fileName, String text) {
            super(URI.create("string:///" + fileName), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
