package io.aksara;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Auditing fields: who created and who last changed a row, filled on every save from a pluggable
 * provider of the current user (a security context, a request attribute). A model opts in by
 * declaring the fields; models without them are left alone.
 *
 * <pre>{@code
 * public class Invoice extends Model {
 *     @StringField(maxLength = 100, nullable = true) public String createdBy;
 *     @StringField(maxLength = 100, nullable = true) public String updatedBy;
 *     @DateTimeField(autoNowAdd = true) public OffsetDateTime createdAt;   // the times: autoNowAdd / autoNow
 *     @DateTimeField(autoNow = true) public OffsetDateTime updatedAt;
 * }
 *
 * Auditing.Registration audit = Auditing.track(() -> SecurityContextHolder.getContext().getAuthentication().getName());
 * }</pre>
 *
 * <p>On a new instance both fields get the provider's value (a {@code createdBy} already set is
 * kept); on a later save only {@code updatedBy} changes. A provider that returns null leaves the
 * fields as they are. It is a {@link SaveListener} on {@code Model}: {@code bulkCreate},
 * {@code bulkUpdate} and {@code QuerySet.update()} do not fill the fields (no save hooks run there),
 * so set them yourself in those calls.
 */
public final class Auditing {
    /** The field names {@link #track(Supplier)} fills. */
    public static final String CREATED_BY = "createdBy";
    public static final String UPDATED_BY = "updatedBy";

    private Auditing() {}

    /** A registered provider; {@link #close()} stops filling the fields. */
    @FunctionalInterface
    public interface Registration extends Lifecycle.Registration {}

    /** Fills {@code createdBy} and {@code updatedBy} from the provider on every save. */
    public static Registration track(Supplier<String> currentUser) {
        return track(currentUser, CREATED_BY, UPDATED_BY);
    }

    /** As {@link #track(Supplier)}, with other field names. */
    public static Registration track(Supplier<String> currentUser, String createdByField, String updatedByField) {
        Objects.requireNonNull(currentUser, "currentUser");
        Lifecycle.Registration r = Lifecycle.onSave(Model.class, new SaveListener<>() {
            @Override
            public void preSave(Model instance, boolean created) {
                ModelMeta<?> meta = ModelRegistry.metaOf(instance.getClass());
                FieldMeta<?, ?> createdBy = meta.findField(createdByField);
                FieldMeta<?, ?> updatedBy = meta.findField(updatedByField);
                if (createdBy == null && updatedBy == null) {
                    return;
                }
                String user = currentUser.get();
                if (user == null) {
                    return;
                }
                if (created && createdBy != null && createdBy.getUnchecked(instance) == null) {
                    createdBy.setUnchecked(instance, user);
                }
                if (updatedBy != null) {
                    updatedBy.setUnchecked(instance, user);
                }
            }
        });
        return r::close;
    }
}
