package io.aksara.schemafirst.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jooq.Table;
import org.jooq.TableOptions;

/**
 * The jOOQ tables declared in a package and its subpackages, as jOOQ's code generator writes them:
 * each table class keeps its one instance in a {@code public static final} field
 * ({@code ShopCustomers.SHOP_CUSTOMERS}), and {@code Tables} repeats them. Read from the class
 * files on a class loader (directories and jars), loaded without running their initializers until
 * a table field is read. Views and other non-table objects are left out; a table found twice is
 * kept once.
 */
public final class JooqTableScan {
    private JooqTableScan() {}

    /** The tables of the package's classes, by qualified name; empty when the package has none. */
    public static List<Table<?>> tables(String packageName, ClassLoader loader) {
        Map<String, Table<?>> found = new LinkedHashMap<>();
        for (String className : classNames(packageName, loader)) {
            Class<?> type;
            try {
                type = Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue; // a class that cannot be loaded here declares no table we can read
            }
            for (Field f : type.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Table.class.isAssignableFrom(f.getType())) {
                    Table<?> table = read(f);
                    if (table != null && table.getTableType() == TableOptions.TableType.TABLE) {
                        found.putIfAbsent(table.getQualifiedName().toString(), table);
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static Table<?> read(Field f) {
        try {
            return (Table<?>) f.get(null);
        } catch (IllegalAccessException | ExceptionInInitializerError e) {
            return null;
        }
    }

    /** The top-level and nested class names under the package, sorted so the result does not depend on the file system. */
    private static List<String> classNames(String packageName, ClassLoader loader) {
        String path = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            for (URL root : Collections.list(roots)) {
                switch (root.getProtocol()) {
                    case "file" -> fromDirectory(Path.of(root.toURI()), packageName, names);
                    case "jar" -> fromJar(root, path, names);
                    default -> { } // another kind of class source: not scanned
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the classes of package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list the classes of package " + packageName, e);
        }
        return new ArrayList<>(names);
    }

    private static void fromDirectory(Path dir, String packageName, TreeSet<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                String relative = dir.relativize(p).toString().replace(java.io.File.separatorChar, '.');
                names.add(packageName + "." + relative.substring(0, relative.length() - ".class".length()));
            });
        }
    }

    private static void fromJar(URL root, String path, TreeSet<String> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry e : Collections.list(jar.entries())) {
                String name = e.getName();
                if (name.startsWith(path + "/") && name.endsWith(".class")) {
                    names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
    }
}
