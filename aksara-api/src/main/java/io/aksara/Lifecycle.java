package io.aksara;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lifecycle hooks: listeners told when instances of a model are saved or deleted, Django's model
 * signals as typed listener interfaces. A listener registered for a class hears that class and its
 * subclasses; one for {@code Model.class} hears every model.
 *
 * <pre>{@code
 * Lifecycle.Registration r = Lifecycle.onSave(Product.class, new SaveListener<>() {
 *     public void preSave(Product p, boolean created) { p.slug = Slugs.of(p.name); }
 * });
 * r.close();   // removes the listener (tests)
 * }</pre>
 *
 * <p>Listeners run on the thread that saves or deletes, in registration order.
 */
public final class Lifecycle {
    private record Entry<L>(Class<?> model, L listener) {}

    private static final List<Entry<SaveListener<?>>> SAVE = new CopyOnWriteArrayList<>();
    private static final List<Entry<DeleteListener<?>>> DELETE = new CopyOnWriteArrayList<>();

    private Lifecycle() {}

    /** A registered listener; {@link #close()} removes it. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Tells the listener about every save of a {@code model} (or subclass) instance. */
    public static <M extends Model> Registration onSave(Class<M> model, SaveListener<? super M> listener) {
        Entry<SaveListener<?>> e = new Entry<>(Objects.requireNonNull(model, "model"), Objects.requireNonNull(listener, "listener"));
        SAVE.add(e);
        return () -> SAVE.remove(e);
    }

    /** Tells the listener about every delete of a {@code model} (or subclass) instance. */
    public static <M extends Model> Registration onDelete(Class<M> model, DeleteListener<? super M> listener) {
        Entry<DeleteListener<?>> e = new Entry<>(Objects.requireNonNull(model, "model"), Objects.requireNonNull(listener, "listener"));
        DELETE.add(e);
        return () -> DELETE.remove(e);
    }

    /** Whether any delete listener hears instances of this model (so a QuerySet delete reads its rows first). */
    public static boolean hasDeleteListeners(Class<?> model) {
        return !matching(DELETE, model).isEmpty();
    }

    /** Sends preSave to the listeners of the instance's model. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void preSave(Model instance, boolean created) {
        List<? extends SaveListener> listeners = matching(SAVE, instance.getClass());
        for (int i = 0; i < listeners.size(); i++) { // by index: every save passes here
            listeners.get(i).preSave(instance, created);
        }
    }

    /** Sends postSave to the listeners of the instance's model. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void postSave(Model instance, boolean created) {
        List<? extends SaveListener> listeners = matching(SAVE, instance.getClass());
        for (int i = 0; i < listeners.size(); i++) {
            listeners.get(i).postSave(instance, created);
        }
    }

    /** Sends preDelete to the listeners of the instance's model. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void preDelete(Model instance) {
        for (DeleteListener l : matching(DELETE, instance.getClass())) {
            l.preDelete(instance);
        }
    }

    /** Sends postDelete to the listeners of the instance's model. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void postDelete(Model instance) {
        for (DeleteListener l : matching(DELETE, instance.getClass())) {
            l.postDelete(instance);
        }
    }

    private static <L> List<L> matching(List<Entry<L>> entries, Class<?> type) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<L> out = List.of(); // made at the first match: a model nobody listens to allocates nothing
        for (int i = 0; i < entries.size(); i++) {
            Entry<L> e = entries.get(i);
            if (e.model().isAssignableFrom(type)) {
                out = out.isEmpty() ? new ArrayList<>(1) : out;
                out.add(e.listener());
            }
        }
        return out;
    }
}
