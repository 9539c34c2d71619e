package io.aksara;

/**
 * What {@code getOrCreate} and {@code updateOrCreate} return: the object, and whether it was
 * created (Django's {@code (obj, created)} tuple).
 *
 * <pre>{@code
 * Created<User> r = User.objects.getOrCreate(Map.of("email", "ann@example.com"), Map.of("name", "Ann"));
 * User ann = r.object();
 * if (r.created()) mailer.welcome(ann);
 * }</pre>
 *
 * @param object  the row found or created, a saved instance
 * @param created true when this call inserted it
 * @param <T>     the model
 */
public record Created<T extends Model>(T object, boolean created) {}
