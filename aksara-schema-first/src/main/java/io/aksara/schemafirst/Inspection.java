package io.aksara.schemafirst;

import io.aksara.errors.AksaraException;
import io.aksara.schemafirst.internal.ModelSourceWriter;
import io.aksara.schemafirst.internal.Names;
import io.aksara.schemafirst.internal.OwnKindField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an inspection found: the tables, the model sources written from them, and warnings for
 * everything a model could not express (skipped columns and tables, left-out constraints). The
 * output is deterministic: the same schema gives the same bytes.
 *
 * <pre>{@code
 * Inspection found = InspectDb.of(connection).packageName("com.shop.models").inspect();
 * found.warnings().forEach(System.err::println);
 * List<Path> files = found.write(Path.of("src/main/java"));
 * }</pre>
 */
public final class Inspection {
    private final String packageName;
    private final List<TableDescription> tables;
    private final Map<String, String> sources;
    private final List<String> warnings;

    Inspection(String packageName, List<TableDescription> tables, List<String> readWarnings) {
        this(packageName, tables, readWarnings, Map.of());
    }

    /** @param ownKinds field annotations of the application's own, by lower-case {@code table.column} */
    Inspection(String packageName, List<TableDescription> tables, List<String> readWarnings,
            Map<String, Class<? extends Annotation>> ownKinds) {
        checkOwnKinds(tables, ownKinds);
        this.packageName = packageName;
        List<TableDescription> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(TableDescription::name));
        this.tables = List.copyOf(sorted);
        List<String> warnings = new ArrayList<>(readWarnings);

        Map<String, TableDescription> byName = new LinkedHashMap<>();
        Map<String, String> classNames = new LinkedHashMap<>();
        Set<String> usedClassNames = new HashSet<>();
        for (TableDescription t : this.tables) {
            byName.put(t.name(), t);
            String why = ModelSourceWriter.unsupported(t);
            if (why != null) {
                warnings.add("skipped table " + t.name() + ": " + why);
                continue;
            }
            String base = Names.className(t.name());
            String name = base;
            for (int i = 2; !usedClassNames.add(name.toLowerCase(Locale.ROOT)); i++) {
                name = base + i; // two tables, one singular (box and boxes): both get a class
            }
            classNames.put(t.name(), name);
        }
        ModelSourceWriter writer = new ModelSourceWriter(packageName, classNames, byName, warnings, ownKinds);
        Map<String, String> out = new TreeMap<>();
        classNames.forEach((table, className) -> out.put(className + ".java", writer.write(byName.get(table))));
        this.sources = Collections.unmodifiableMap(out);
        this.warnings = List.copyOf(warnings);
    }

    /** Every mapped column exists and is stored as its annotation's kind is; checked before anything is generated. */
    private static void checkOwnKinds(List<TableDescription> tables, Map<String, Class<? extends Annotation>> ownKinds) {
        Set<String> unknown = new TreeSet<>(ownKinds.keySet());
        for (TableDescription t : tables) {
            for (ColumnDescription c : t.columns()) {
                String key = (t.name() + "." + c.name()).toLowerCase(Locale.ROOT);
                if (unknown.remove(key)) {
                    OwnKindField.check(t.name(), c, ownKinds.get(key));
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new AksaraException("inspectdb: no column " + String.join(", ", unknown)
                    + " among the tables read, so it cannot be mapped to a field annotation");
        }
    }

    /** The Java package of the models. */
    public String packageName() {
        return packageName;
    }

    /** Every table read, by name. */
    public List<TableDescription> tables() {
        return tables;
    }

    /** The model sources by file name ({@code Product.java}), sorted. */
    public Map<String, String> sources() {
        return sources;
    }

    /** What could not be generated, one line each, naming the table and column. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Writes the sources under a source root ({@code src/main/java}), in the directories of the
     * package, replacing files of the same name.
     *
     * @return the files written, sorted
     */
    public List<Path> write(Path sourceRoot) {
        Path dir = packageName.isEmpty() ? sourceRoot : sourceRoot.resolve(packageName.replace('.', '/'));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write model sources to " + dir + ": " + e.getMessage(), e);
        }
        return List.copyOf(written);
    }

    /**
     * How the model sources under a source root differ from what this inspection generates: the
     * stale-code check of {@code inspectdb --check} and {@code aksara:generate-models}. One line per
     * file that is missing, differs (with the first differing line), or was generated by inspectdb
     * for a table that is gone. Empty when the committed models match the schema.
     *
     * <pre>{@code
     * List<String> stale = InspectDb.of(connection).packageName("com.shop.models").inspect()
     *         .differences(Path.of("src/main/java"));
     * }</pre>
     */
    public List<String> differences(Path sourceRoot) {
        Path dir = packageName.isEmpty() ? sourceRoot : sourceRoot.resolve(packageName.replace('.', '/'));
        List<String> out = new ArrayList<>();
        try {
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = dir.resolve(e.getKey());
                if (!Files.exists(file)) {
                    out.add(file + ": missing (a table without a model)");
                    continue;
                }
                String difference = SourceDifference.of(Files.readString(file, StandardCharsets.UTF_8), e.getValue());
                if (difference != null) {
                    out.add(file + ": differs from the schema: " + difference);
                }
            }
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList()) {
                        if (!sources.containsKey(file.getFileName().toString())
                                && Files.readString(file, StandardCharsets.UTF_8).contains(ModelSourceWriter.GENERATED_MARK)) {
                            out.add(file + ": generated by inspectdb for a table the schema no longer has");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model sources in " + dir + ": " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }
}
