package io.aksara.jooq.internal.plan;

import io.aksara.meta.ModelMeta;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The rendered multi-row INSERTs of {@code bulkCreate}, for one database. Their SQL depends only on
 * the model, whether the database makes the keys, the number of rows and which values are NULL;
 * the bind values are read straight from the instances. A text is kept only once the values read
 * directly proved equal to the ones jOOQ extracted from the same statement, so a kept text is never
 * wrong; a shape that did not match is remembered and always rendered. On PostgreSQL the INSERT
 * of one array per column ({@link #unnest}) has one text per model. {@code upsert}'s multi-row
 * statements are kept the same way, also per conflict and update fields ({@link UpsertShape}).
 */
public final class InsertTexts {
    /** What a kept multi-row text depends on: an INSERT's {@link Shape} or an upsert's {@link UpsertShape}. */
    private sealed interface TextKey permits Shape, UpsertShape {}

    /** What a multi-row INSERT's text depends on. */
    public record Shape(ModelMeta<?> meta, boolean keyFromDatabase, int rows, BitSet nulls) implements TextKey {}

    /** A statement as jOOQ renders it, and the bind values jOOQ extracts from it. */
    public record Rendered(String sql, List<Object> binds) {}

    /** At most this many shapes are kept (batch sizes times NULL patterns). */
    static final int MAX_SHAPES = 256;

    /** Marks a shape whose directly read values did not match jOOQ's. */
    private static final String UNTRACEABLE = "";

    /**
     * What a multi-row upsert's text depends on: the rows' shape (as an INSERT's) and its conflict
     * and update fields.
     */
    public record UpsertShape(Shape rows, List<?> conflict, List<?> update) implements TextKey {
        /** Holds copies of the field lists: the caller's may be views of its own. */
        public UpsertShape {
            conflict = List.copyOf(conflict);
            update = List.copyOf(update);
        }
    }

    /** Keyed by {@link Shape} (bulkCreate) or {@link UpsertShape} (upsert). */
    private final Map<TextKey, String> texts = new ConcurrentHashMap<>();

    /** What an INSERT of one array per column depends on: its model and whether the database makes the key. */
    private record ColumnSet(ModelMeta<?> meta, boolean keyFromDatabase) {}

    /** The INSERT ... SELECT * FROM unnest(..) texts: one per column set, whatever the batch (models x 2). */
    private final Map<ColumnSet, String> unnestTexts = new ConcurrentHashMap<>();

    /** What an upsert of one array per column depends on: also its conflict and update fields. */
    private record UpsertSet(ModelMeta<?> meta, boolean keyFromDatabase, List<?> conflict, List<?> update) {
        /** Holds copies of the field lists, as {@link UpsertShape}. */
        UpsertSet {
            conflict = List.copyOf(conflict);
            update = List.copyOf(update);
        }
    }

    /** The upserts' INSERT ... SELECT * FROM unnest(..) ON CONFLICT texts: one per column set, conflict and update fields. */
    private final Map<UpsertSet, String> unnestUpsertTexts = new ConcurrentHashMap<>();

    /**
     * The kept text of a model's {@code INSERT ... SELECT * FROM unnest(..)}, or null before
     * {@link #keepUnnest}. It does not depend on the number of rows or their NULLs: arrays carry both.
     */
    public String unnest(ModelMeta<?> meta, boolean keyFromDatabase) {
        return unnestTexts.get(new ColumnSet(meta, keyFromDatabase));
    }

    /** Keeps a model's unnest text ({@link #unnest}); returns the kept one (the first, when two threads race). */
    public String keepUnnest(ModelMeta<?> meta, boolean keyFromDatabase, String sql) {
        String kept = unnestTexts.putIfAbsent(new ColumnSet(meta, keyFromDatabase), sql);
        return kept == null ? sql : kept;
    }

    /**
     * The kept text of a model's {@code INSERT ... SELECT * FROM unnest(..) ON CONFLICT (..) DO UPDATE}
     * for these conflict and update fields, or null before {@link #keepUnnestUpsert}.
     */
    public String unnestUpsert(ModelMeta<?> meta, boolean keyFromDatabase, List<?> conflict, List<?> update) {
        return unnestUpsertTexts.get(new UpsertSet(meta, keyFromDatabase, conflict, update));
    }

    /** Keeps an upsert's unnest text ({@link #unnestUpsert}); returns the kept one. */
    public String keepUnnestUpsert(ModelMeta<?> meta, boolean keyFromDatabase, List<?> conflict, List<?> update, String sql) {
        String kept = unnestUpsertTexts.putIfAbsent(new UpsertSet(meta, keyFromDatabase, conflict, update), sql);
        return kept == null ? sql : kept;
    }

    /** The kept SQL of this shape, or null when it is new or untraceable (then {@link #get} renders it). */
    public String cached(Shape shape) {
        return cachedText(shape);
    }

    /** As {@link #cached(Shape)}, for an upsert's multi-row statement. */
    public String cached(UpsertShape shape) {
        return cachedText(shape);
    }

    private String cachedText(TextKey shape) {
        String sql = texts.get(shape);
        return sql == null || sql.equals(UNTRACEABLE) ? null : sql;
    }

    /**
     * The SQL for this shape with {@code binds} (read directly), or the statement {@code render}
     * gives (rendered and extracted by jOOQ) when the shape is new or untraceable.
     */
    public Rendered get(Shape shape, List<Object> binds, Supplier<Rendered> render) {
        return rendered(shape, binds, render);
    }

    /**
     * As {@link #get(Shape, List, Supplier)}, for an upsert's multi-row statement: {@code binds}
     * (read directly) must equal every value jOOQ extracts, the update clause's included, for the
     * text to be kept.
     */
    public Rendered get(UpsertShape shape, List<Object> binds, Supplier<Rendered> render) {
        return rendered(shape, binds, render);
    }

    private Rendered rendered(TextKey shape, List<Object> binds, Supplier<Rendered> render) {
        String sql = texts.get(shape);
        if (sql != null && !sql.equals(UNTRACEABLE)) {
            return new Rendered(sql, binds);
        }
        Rendered rendered = render.get();
        if (sql == null && texts.size() < MAX_SHAPES) {
            texts.putIfAbsent(shape, rendered.binds().equals(binds) ? rendered.sql() : UNTRACEABLE);
        }
        return rendered;
    }
}
