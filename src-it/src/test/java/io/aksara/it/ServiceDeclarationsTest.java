package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every service a library module lists in {@code META-INF/services} (read on the class path) is also
 * in its {@code module-info.java}'s {@code provides} (read on the module path), and the other way
 * round. A provider added to one and forgotten in the other works for one kind of user only: a
 * SQLite migration step found on the class path and missing on the module path, say.
 */
class ServiceDeclarationsTest {
    private static final Pattern PROVIDES = Pattern.compile("provides\\s+([\\w.]+)\\s+with\\s+([^;]+);");

    @Test
    void servicesFilesAndModuleDescriptorsAgree() throws IOException {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> modules = Files.list(CiScripts.root())) {
            for (Path module : modules.filter(m -> Files.isRegularFile(m.resolve("src/main/java/module-info.java"))).toList()) {
                List<String> listed = servicesFiles(module);
                List<String> provided = provides(Files.readString(module.resolve("src/main/java/module-info.java")));
                assertThat(provided).as("provides in %s/src/main/java/module-info.java", module.getFileName())
                        .containsExactlyInAnyOrderElementsOf(listed);
                checked.add(module.getFileName().toString());
            }
        }
        assertThat(checked).as("library modules with a module descriptor").contains("aksara-api", "aksara-jooq-bridge", "schema");
    }

    /** "service implementation" pairs from META-INF/services, nested classes written with a dot. */
    private static List<String> servicesFiles(Path module) throws IOException {
        Path dir = module.resolve("src/main/resources/META-INF/services");
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    String impl = line.replaceAll("#.*", "").strip();
                    if (!impl.isEmpty()) {
                        out.add(f.getFileName() + " " + impl.replace('$', '.'));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> provides(String moduleInfo) {
        String code = moduleInfo.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        List<String> out = new ArrayList<>();
        Matcher m = PROVIDES.matcher(code);
        while (m.find()) {
            for (String impl : m.group(2).split(",")) {
                out.add(m.group(1) + " " + impl.strip());
            }
        }
        return out;
    }
}
