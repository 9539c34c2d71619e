package io.aksara.functions;

import io.aksara.errors.FieldError;
import io.aksara.expr.Expression;
import java.util.List;

/**
 * A date or timestamp truncated to the start of its {@code year}, {@code quarter}, {@code month},
 * {@code week} (the ISO week, starting on Monday) or {@code day}, or for timestamps also its
 * {@code hour}, {@code minute} or {@code second} (Django's {@code Trunc}); a time of day to its
 * {@code hour}, {@code minute} or {@code second}. The type stays the source's; timestamps are
 * truncated in UTC.
 *
 * <pre>{@code
 * Book.objects.values("published").annotate(...)                       // per timestamp
 * Book.objects.annotate(Trunc.of("published", "month").as("month"))   // 2024-12-30T23:45Z -> 2024-12-01T00:00Z
 * Shop.objects.annotate(Trunc.of("opensAt", "hour").as("hour"))        // 09:45:10 -> 09:00
 * }</pre>
 *
 * @param source the date or timestamp
 * @param kind   where to truncate
 */
public record Trunc(Expression source, String kind) implements Expression {
    /** The kinds a date can be truncated to. */
    public static final List<String> DATE_KINDS = List.of("year", "quarter", "month", "week", "day");
    /** The kinds a time of day can be truncated to. */
    public static final List<String> TIME_KINDS = List.of("hour", "minute", "second");
    /** The kinds a timestamp can be truncated to. */
    public static final List<String> TIMESTAMP_KINDS = List.of("year", "quarter", "month", "week", "day", "hour",
            "minute", "second");

    /**
     * Checks the kind here, in the canonical constructor, so a Trunc made with {@code new} is held
     * to the same list as one made with {@link #of}: the kind chooses SQL, it is never part of it.
     */
    public Trunc {
        if (source == null) {
            throw new FieldError("Trunc needs a date or timestamp to truncate, got null");
        }
        checkKind(kind);
    }

    /** A field path or expression truncated to {@code kind}. */
    public static Trunc of(Object source, String kind) {
        checkKind(kind);
        return new Trunc(Args.field("Trunc", source), kind);
    }

    /**
     * Checks a truncation kind against {@link #TIMESTAMP_KINDS}.
     *
     * @return the kind
     * @throws FieldError naming the kinds allowed
     */
    public static String checkKind(String kind) {
        if (kind == null || !TIMESTAMP_KINDS.contains(kind)) {
            throw new FieldError("Trunc kind must be one of " + String.join(", ", TIMESTAMP_KINDS) + "; got "
                    + FieldError.describe(kind));
        }
        return kind;
    }

    @Override
    public String toString() {
        return "Trunc(" + source + ", " + kind + ")";
    }
}
