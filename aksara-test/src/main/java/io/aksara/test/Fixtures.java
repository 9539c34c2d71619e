package io.aksara.test;

import io.aksara.Aksara;
import io.aksara.Model;
import io.aksara.Transaction;
import io.aksara.errors.FixtureError;
import io.aksara.internal.Json;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import io.aksara.spi.Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code dumpdata} and {@code loaddata}: the rows of some models as JSON, and that JSON
 * written back. The format is Django's, one object per row:
 *
 * <pre>{@code
 * [
 * {"model":"com.shop.Category","pk":1,"fields":{"name":"Lamps"}},
 * {"model":"com.shop.Product","pk":7,"fields":{"name":"Desk lamp","price":"24.90","category":1}}
 * ]
 * }</pre>
 *
 * <pre>{@code
 * String json = Fixtures.dumpdata(Category.class, Product.class);        // targets of foreign keys first
 * Files.writeString(Path.of("shop.json"), json);
 * int loaded = Fixtures.loaddata(Path.of("shop.json"));                   // in a test, or a fresh database
 * Fixtures.using("reports").loaddata(json);                              // another configured database
 * }</pre>
 *
 * <p>A load is one atomic block: every object is read and checked first (model, fields, values,
 * raising {@link FixtureError}), then each row is updated or, when no row has its key, inserted,
 * so nothing is written half-way. As in Django, rows are written raw: no validation, no automatic
 * timestamps, the keys as given; PostgreSQL's and H2's key sequences are then moved past the
 * largest key so new rows do not collide. Many-to-many links are rows of their through model: dump
 * and load that model with the others.
 *
 * @param alias the configured database the rows are read from and written to
 */
public record Fixtures(String alias) {
    /** Fixtures of another configured database. */
    public static Fixtures using(String alias) {
        return new Fixtures(alias);
    }

    /** The rows of the models on the default database, as fixture JSON. */
    @SafeVarargs
    public static String dumpdata(Class<? extends Model>... models) {
        return using(Aksara.DEFAULT).dump(metas(models));
    }

    /** Loads fixture JSON into the default database; returns the number of objects written. */
    public static int loaddata(String json) {
        return using(Aksara.DEFAULT).load(json);
    }

    /** Loads a fixture file (UTF-8 JSON) into the default database. */
    public static int loaddata(Path file) {
        return using(Aksara.DEFAULT).load(file);
    }

    /**
     * The models named by fixture labels (class names, or simple names that one indexed model has);
     * no label means every model in the model index, as {@code ./aksara dumpdata} without arguments.
     *
     * <pre>{@code Fixtures.models(List.of("Product", "com.shop.Category")); }</pre>
     *
     * @throws FixtureError for a label no model has, listing the known models
     */
    public static List<ModelMeta<?>> models(List<String> labels) {
        if (labels.isEmpty()) {
            return FixtureModels.indexed();
        }
        return labels.stream().<ModelMeta<?>>map(l -> FixtureModels.find(l, "dumpdata")).toList();
    }

    /** The rows of the models, ordered by key, models pointed to before those pointing to them. */
    public String dump(List<ModelMeta<?>> models) {
        Backend backend = Aksara.backend(alias);
        List<String> objects = new ArrayList<>();
        for (ModelMeta<?> meta : FixtureModels.targetsFirst(models)) {
            for (Model row : rows(backend, meta)) {
                objects.add(Json.write(object(meta, row)));
            }
        }
        return objects.isEmpty() ? "[]\n" : "[\n" + String.join(",\n", objects) + "\n]\n";
    }

    /** {@link #dump(List)} of the models' classes, written to a file. */
    @SafeVarargs
    public final void dump(Path file, Class<? extends Model>... models) {
        write(file, dump(metas(models)));
    }

    /** Loads a fixture file (UTF-8 JSON); returns the number of objects written. */
    public int load(Path file) {
        try {
            return load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FixtureError("Cannot read the fixture " + file + ": " + e.getMessage(), e);
        }
    }

    /** Loads fixture JSON; returns the number of objects written. */
    public int load(String json) {
        List<Model> rows = FixtureReader.read(json);
        Backend backend = Aksara.backend(alias);
        Transaction.using(alias).atomic(() -> {
            for (Model row : rows) {
                write(backend, row);
            }
            SequenceReset.after(alias, rows.stream().<ModelMeta<?>>map(r -> ModelRegistry.metaOf(r.getClass()))
                    .distinct().toList());
        });
        return rows.size();
    }

    private static <M extends Model> void write(Backend backend, M row) {
        @SuppressWarnings("unchecked")
        ModelMeta<M> meta = (ModelMeta<M>) ModelRegistry.metaOf(row.getClass());
        if (backend.updateRow(meta, row) == 0) {
            backend.insert(meta, row);
        }
    }

    private static <M extends Model> List<M> rows(Backend backend, ModelMeta<M> meta) {
        return backend.fetch(SelectQuery.of(meta).withOrdering(List.of(new OrderTerm(meta.primaryKey(), false))));
    }

    private static Map<String, Object> object(ModelMeta<?> meta, Model row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FieldMeta<?, ?> f : meta.fields()) {
            if (!f.primaryKey()) {
                fields.put(f.name(), FixtureValues.encode(f, row));
            }
        }
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("model", FixtureModels.label(meta));
        object.put("pk", FixtureValues.encode(meta.primaryKey(), row));
        object.put("fields", fields);
        return object;
    }

    @SafeVarargs
    private static List<ModelMeta<?>> metas(Class<? extends Model>... models) {
        List<ModelMeta<?>> metas = new ArrayList<>();
        for (Class<? extends Model> m : models) {
            metas.add(ModelRegistry.metaOf(m));
        }
        return metas;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the fixture " + file, e);
        }
    }
}
