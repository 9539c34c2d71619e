package io.aksara.errors;

import io.aksara.Model;
import java.util.List;

/**
 * A delete was refused because rows point to the deleted rows through a foreign key declared
 * {@code onDelete = OnDelete.RESTRICT}, and those rows are not themselves deleted by a CASCADE
 * in the same operation (Django's {@code RestrictedError}). It is raised once every related row
 * has been found, before anything is written, so nothing was deleted.
 *
 * <pre>{@code
 * try {
 *     artist.delete();
 * } catch (RestrictedError e) {
 *     e.restrictedObjects();   // the songs that still point to the artist
 * }
 * }</pre>
 */
public final class RestrictedError extends IntegrityError {
    private final transient List<DeletionBlock> blocks;

    /** @param blocks one entry per restricted foreign key that has rows left */
    public RestrictedError(List<DeletionBlock> blocks) {
        super("Cannot delete " + String.join(", ", blocks.stream().map(DeletionBlock::deletedModel).distinct().toList())
                + " rows because they are referenced through the restricted foreign key"
                + (blocks.size() == 1 ? " " : "s ") + DeletionBlock.list(blocks)
                + ", and those rows are not deleted by a cascade in the same operation.", null, null, null);
        this.blocks = List.copyOf(blocks);
    }

    /** The restricted foreign keys that have rows left, with those rows' keys. */
    public List<DeletionBlock> blocks() {
        return blocks;
    }

    /** The rows that stopped the delete, as instances (at most {@link DeletionBlock#LOADED_OBJECTS} per foreign key). */
    public List<Model> restrictedObjects() {
        return DeletionBlock.allObjects(blocks);
    }
}
