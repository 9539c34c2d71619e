package io.aksara.errors;

import io.aksara.Model;
import java.util.List;

/**
 * A delete was refused because rows point to the deleted rows through a foreign key declared
 * {@code onDelete = OnDelete.PROTECT}, as Django's {@code ProtectedError}. It is raised while
 * Aksara looks for related rows, before anything is written, so nothing was deleted.
 *
 * <pre>{@code
 * try {
 *     author.delete();
 * } catch (ProtectedError e) {
 *     e.getMessage();          // "Cannot delete Author rows because they are referenced through the protected
 *                              //  foreign key Book.author: 2 Book rows (pk 7, 9)"
 *     e.protectedObjects();    // the two books
 * }
 * }</pre>
 */
public final class ProtectedError extends IntegrityError {
    private final transient List<DeletionBlock> blocks;

    /** @param blocks one entry per protected foreign key that has rows, all of the same deleted model */
    public ProtectedError(List<DeletionBlock> blocks) {
        super("Cannot delete " + blocks.getFirst().deletedModel() + " rows because they are referenced through the "
                + "protected foreign key" + (blocks.size() == 1 ? " " : "s ") + DeletionBlock.list(blocks)
                + ". Delete or reassign those rows first.", null, null, null);
        this.blocks = List.copyOf(blocks);
    }

    /** The protected foreign keys that have rows, with those rows' keys. */
    public List<DeletionBlock> blocks() {
        return blocks;
    }

    /** The rows that stopped the delete, as instances (at most {@link DeletionBlock#LOADED_OBJECTS} per foreign key). */
    public List<Model> protectedObjects() {
        return DeletionBlock.allObjects(blocks);
    }
}
