package io.aksara.errors;

import io.aksara.Model;
import java.util.List;

/**
 * One foreign key that stops a delete: the rows of {@code blockingModel} whose
 * {@code blockingField} points to rows of {@code deletedModel} that were to be deleted. Carried by
 * {@link ProtectedError} and {@link RestrictedError}.
 *
 * <pre>{@code
 * catch (ProtectedError e) {
 *     DeletionBlock b = e.blocks().getFirst();
 *     b.blockingModel() + "." + b.blockingField() + " holds " + b.count() + " rows";   // "Book.author holds 3 rows"
 * }
 * }</pre>
 *
 * @param deletedModel  the model whose rows were to be deleted
 * @param blockingModel the model of the rows that point to them
 * @param blockingField the foreign key field of {@code blockingModel}
 * @param keys          the primary keys of every blocking row
 * @param objects       the blocking rows as instances: the first {@link #LOADED_OBJECTS} of {@code keys}
 */
public record DeletionBlock(String deletedModel, String blockingModel, String blockingField, List<Object> keys,
        List<? extends Model> objects) {
    /** How many blocking rows are loaded as instances per foreign key; the others are known by key only. */
    public static final int LOADED_OBJECTS = 100;

    /** How many keys a message lists before it only counts the rest. */
    private static final int KEYS_IN_MESSAGE = 5;

    public DeletionBlock {
        keys = List.copyOf(keys);
        objects = List.copyOf(objects);
    }

    /** The number of blocking rows. */
    public int count() {
        return keys.size();
    }

    /** {@code Book.author: 7 Book rows (pk 1, 2, 3, 4, 5 and 2 more)}, for messages. */
    public String describe() {
        StringBuilder s = new StringBuilder(blockingModel).append('.').append(blockingField).append(": ")
                .append(count()).append(' ').append(blockingModel).append(count() == 1 ? " row" : " rows").append(" (pk ");
        for (int i = 0; i < Math.min(KEYS_IN_MESSAGE, keys.size()); i++) {
            s.append(i == 0 ? "" : ", ").append(keys.get(i));
        }
        if (keys.size() > KEYS_IN_MESSAGE) {
            s.append(" and ").append(keys.size() - KEYS_IN_MESSAGE).append(" more");
        }
        return s.append(')').toString();
    }

    static String list(List<DeletionBlock> blocks) {
        return String.join("; ", blocks.stream().map(DeletionBlock::describe).toList());
    }

    static List<Model> allObjects(List<DeletionBlock> blocks) {
        return blocks.stream().<Model>flatMap(b -> b.objects().stream()).toList();
    }
}
