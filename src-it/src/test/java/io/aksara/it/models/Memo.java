package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.StringField;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Soft delete as a pattern: {@code objects} leaves out deleted rows (a manager whose base QuerySet
 * filters them), {@code allObjects} sees every row, and {@link #softDelete()} marks a row instead
 * of deleting it.
 */
public class Memo extends Model {
    public static final LiveMemos objects = new LiveMemos();
    public static final Manager<Memo> allObjects = Manager.of(Memo.class);

    @StringField(maxLength = 80) public String text;
    @DateTimeField(nullable = true) public OffsetDateTime deletedAt;

    /** Marks the row deleted; {@code objects} no longer returns it. */
    public void softDelete() {
        deletedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        save();
    }

    /** The default manager of {@link Memo}: rows not soft-deleted. */
    public static final class LiveMemos extends Manager<Memo> {
        LiveMemos() {
            super(Memo.class);
        }

        @Override
        public io.aksara.QuerySet<Memo> all() {
            return super.all().filter("deletedAt__isnull", true);
        }
    }
}
