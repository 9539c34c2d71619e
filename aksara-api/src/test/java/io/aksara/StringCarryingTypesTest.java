package io.aksara;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A guard against the next injection hole: every public type of the API packages that carries a
 * string (a record component, a public constructor's parameter, or a public static factory's
 * parameter) must either be driven by the injection sweep ({@code InjectionApis} in src-it, which
 * feeds SQL-breaking payloads through it on every database) or be allow-listed here with the reason
 * its strings can never become SQL text. A new public type with a String fails this test until
 * someone has looked at where that String goes.
 */
class StringCarryingTypesTest {
    private static final List<String> PACKAGES = List.of("io.aksara", "io.aksara.expr", "io.aksara.functions",
            "io.aksara.aggregates", "io.aksara.query", "io.aksara.lookup", "io.aksara.metamodel", "io.aksara.meta", "io.aksara.tenancy");

    /** Types the sweep drives, each with the name of a row of InjectionApis that feeds payloads through it. */
    private static final Map<String, String> SWEPT = Map.ofEntries(
            Map.entry("F", "F.of"),
            Map.entry("Q", "Q field"),
            Map.entry("Q.Leaf", "Q value"),
            Map.entry("QuerySet", "orderBy"),
            Map.entry("Manager", "filter field"),
            Map.entry("Prefetch", "Prefetch.of"),
            Map.entry("Rows", "valuesList"),
            Map.entry("Transaction", "selectForUpdate of"),
            Map.entry("Named", "Named constructor"),
            Map.entry("OuterRef", "OuterRef constructor"),
            Map.entry("Subquery", "Subquery field"),
            Map.entry("Value", "Value constructor"),
            Map.entry("When", "Case/When lookup"),
            Map.entry("Window", "Window constructor"),
            Map.entry("Case", "Case/When value"),
            Map.entry("Trunc", "Trunc constructor kind"),
            Map.entry("Extract", "Extract constructor part"),
            Map.entry("Cast", "Cast constructor source"),
            Map.entry("Func", "Func constructor"),
            Map.entry("Lower", "Lower.of"),
            Map.entry("Upper", "Upper.of"),
            Map.entry("Length", "Length.of"),
            Map.entry("Trim", "Trim.of"),
            Map.entry("Coalesce", "Coalesce.of"),
            Map.entry("Concat", "Concat.of"),
            Map.entry("Greatest", "Greatest.of"),
            Map.entry("Least", "Least.of"),
            Map.entry("NullIf", "NullIf.of"),
            Map.entry("Replace", "Replace.of text"),
            Map.entry("Substr", "Substr.of"),
            Map.entry("Lag", "Lag.of"),
            Map.entry("Lead", "Lead.of default"),
            Map.entry("FirstValue", "FirstValue.of"),
            Map.entry("Count", "Count.of"),
            Map.entry("Sum", "Sum.of"),
            Map.entry("Avg", "Avg.of"),
            Map.entry("Min", "Min.of"),
            Map.entry("Max", "Max.of"),
            Map.entry("StdDev", "StdDev.of"),
            Map.entry("Variance", "Variance.of"),
            Map.entry("Expr.Trunc", "Expr.Trunc constructor"));

    /** Types whose strings never become SQL text, and why. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("EnglishPlurals", "turns class and table names into plurals and singulars; names no SQL"),
            Map.entry("DatabaseConfig", "connection settings given to the driver, never part of a statement"),
            Map.entry("Aksara", "database aliases and configuration: looked up in a map, never part of a statement"),
            Map.entry("Auditing", "field names looked up in model metadata; the user name is a field value, bound by save()"),
            Map.entry("Expr.Ref", "an annotation's name: the lowering uses its target expression, never the name"),
            Map.entry("Expr.OuterRef", "a path resolved against the outer model's metadata before lowering"),
            Map.entry("Annotation", "an annotation's name: read back by position, never rendered"),
            Map.entry("RowLock", "relation paths checked against metadata; only the model's own table is locked by name"),
            Map.entry("AsText", "needed(type, lookup) only checks a lookup name against a fixed set"),
            Map.entry("ArrayIndex", "an index parsed from the digits of a lookup path, rendered as a number"),
            Map.entry("ArraySlice", "two bounds parsed from the digits of a lookup path (tags__0_2), rendered as numbers"),
            Map.entry("ArrayLookup", "a lookup name and a fixed operator; the lookup's value is bound"),
            Map.entry("JsonKey", "JSON keys are bound parameters (checked by NameRules.jsonKey)"),
            Map.entry("Lookups", "developer registration of lookups and transforms (trusted code, see Lookup.sqlTemplate)"),
            Map.entry("IndexMeta", "index names from model annotations (developer code), used by migrations"),
            Map.entry("GeneratedExpression", "a @GeneratedField expression from model annotations (developer DDL), used by migrations;"
                    + " its names must be the model's fields"),
            Map.entry("JsonValue", "a JSON document value, bound as a parameter"),
            Map.entry("Param", "a compiled query's parameter name: matched against its parameters, never part of a statement"),
            Map.entry("Placeholder", "a parameter's name and lookup string, for messages; its value is bound as any lookup value"),
            Map.entry("ModelRegistry", "model names looked up in the registry"),
            Map.entry("FieldMeta", "column names from model annotations (developer code)"),
            Map.entry("ManyToManyMeta", "table and column names from model annotations (developer code)"),
            Map.entry("Naming", "derives table and column names from class and field names"),
            Map.entry("SqlNames", "checks names and dbType text from model metadata; returns problems, builds no SQL"),
            Map.entry("DefaultParser", "parses @Default texts written in model annotations (developer code)"),
            Map.entry("FieldPath", "generated metamodel paths: names come from the model's fields"),
            Map.entry("ComparablePath", "generated metamodel paths: names from the model's fields, values bound"),
            Map.entry("StringPath", "generated metamodel paths: names from the model's fields, values bound"),
            Map.entry("NumberPath", "generated metamodel paths: names from the model's fields"),
            Map.entry("BooleanPath", "generated metamodel paths: names from the model's fields"),
            Map.entry("RefPath", "generated metamodel paths: names from the model's fields"),
            Map.entry("ManyPath", "generated metamodel paths: names from the model's fields"),
            Map.entry("JsonPath", "generated metamodel paths; keys go through the JSON key lookup, bound"),
            Map.entry("Tenants", "a tenant id: the bound value of the discriminator filter, or a key of TenantRouter's map"),
            Map.entry("TenantRouter", "tenant ids and the alias prefix: map keys and Aksara aliases, never SQL"));

    @Test
    void everyPublicTypeWithAStringIsSweptOrAllowListedWithAReason() throws Exception {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : apiTypes()) {
            if (carriesString(type)) {
                found.add(name(type));
            }
        }
        List<String> unreviewed = found.stream().filter(n -> !SWEPT.containsKey(n) && !ALLOWED.containsKey(n)).toList();
        assertThat(unreviewed)
                .as("public types with a String that neither the injection sweep (InjectionApis) drives nor the "
                        + "allow-list explains: add a row to InjectionApis, or a reason to ALLOWED")
                .isEmpty();
        assertThat(found).as("the scan found the types it must").contains("Trunc", "Extract", "Named", "F");
        assertThat(ALLOWED.keySet()).as("allow-list entries for types that no longer carry a String").allMatch(found::contains);
    }

    @Test
    void everySweptTypeHasARowInTheSweep() throws IOException {
        Path apis = Path.of("..", "src-it", "src", "test", "java", "io", "aksara", "it", "InjectionApis.java");
        assertThat(apis).as("the sweep's table").exists();
        String table = Files.readString(apis);
        List<String> missing = SWEPT.entrySet().stream()
                .filter(e -> !table.contains("api(\"" + e.getValue() + "\""))
                .map(e -> e.getKey() + " (row \"" + e.getValue() + "\")")
                .toList();
        assertThat(missing).as("swept types without a row in InjectionApis").isEmpty();
    }

    private static String name(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : outer.getSimpleName() + "." + type.getSimpleName();
    }

    private static boolean carriesString(Class<?> type) {
        if (type.isEnum()) {
            return false; // valueOf(String) only finds one of the constants
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (mentionsString(c.getGenericType())) {
                    return true;
                }
            }
        }
        for (Constructor<?> c : type.getConstructors()) {
            for (Type p : c.getGenericParameterTypes()) {
                if (mentionsString(p)) {
                    return true;
                }
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                for (Type p : m.getGenericParameterTypes()) {
                    if (mentionsString(p)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean mentionsString(Type t) {
        return Pattern.compile("\\bjava\\.lang\\.String\\b").matcher(t.getTypeName()).find();
    }

    /** The public classes of the API packages, nested ones included, read from the compiled classes. */
    private static List<Class<?>> apiTypes() throws URISyntaxException, IOException {
        Path root = Path.of(Model.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Path dir = root.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String cls = pkg + "." + f.getFileName().toString().replace(".class", "");
                    try {
                        Class<?> c = Class.forName(cls, false, StringCarryingTypesTest.class.getClassLoader());
                        if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass() && !c.isAnnotation()
                                && (c.getEnclosingClass() == null || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
                            out.add(c);
                        }
                    } catch (ClassNotFoundException e) {
                        throw new UncheckedIOException(new IOException(e));
                    }
                }
            }
        }
        return out;
    }
}
