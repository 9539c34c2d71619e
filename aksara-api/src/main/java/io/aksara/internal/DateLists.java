package io.aksara.internal;

import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.errors.FieldError;
import io.aksara.functions.Cast;
import io.aksara.functions.Trunc;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Django's {@code dates()} and {@code datetimes()}: the distinct values of a date or timestamp
 * field truncated to a kind, without NULLs, in order.
 */
public final class DateLists {
    private DateLists() {}

    private static final List<String> DATE_KINDS = List.of("year", "month", "week", "day");
    private static final List<String> DATETIME_KINDS = List.of("year", "month", "week", "day", "hour", "minute", "second");
    private static final String NAME = "ak_datefield";

    /** {@code qs.dates(field, kind, order)}. */
    public static <T extends Model> List<LocalDate> dates(QuerySet<T> qs, String field, String kind, String order) {
        FieldMeta<?, ?> f = temporal(qs.meta(), field, "dates", FieldType.DATE, FieldType.DATE_TIME);
        check(kind, DATE_KINDS, "dates");
        var day = f.columnType() == FieldType.DATE ? Trunc.of(field, kind) : Cast.of(Trunc.of(field, kind), LocalDate.class);
        var annotated = qs.filter(field + "__isnull", false).annotate(day.as(NAME));
        return annotated.orderBy(ordering(order)).valuesList(NAME, LocalDate.class).distinct().fetch();
    }

    /** {@code qs.datetimes(field, kind, order)}, in UTC. */
    public static <T extends Model> List<OffsetDateTime> datetimes(QuerySet<T> qs, String field, String kind, String order) {
        temporal(qs.meta(), field, "datetimes", FieldType.DATE_TIME);
        check(kind, DATETIME_KINDS, "datetimes");
        var annotated = qs.filter(field + "__isnull", false).annotate(Trunc.of(field, kind).as(NAME));
        return annotated.orderBy(ordering(order)).valuesList(NAME, OffsetDateTime.class).distinct().fetch();
    }

    private static FieldMeta<?, ?> temporal(ModelMeta<?> model, String field, String method, FieldType... allowed) {
        FieldMeta<?, ?> f = Resolver.toOnePath(model, field, method + "()").field();
        for (FieldType t : allowed) {
            if (f.columnType() == t) {
                return f;
            }
        }
        throw new FieldError("'" + field + "' isn't a " + (allowed.length == 2 ? "DateField or DateTimeField" : "DateTimeField")
                + " (it is a " + f.type().displayName() + " of " + model.name() + "), so " + method + "() cannot list it");
    }

    private static void check(String kind, List<String> kinds, String method) {
        if (!kinds.contains(kind)) {
            throw new FieldError("'kind' of " + method + "() must be one of " + String.join(", ", kinds) + "; got '" + kind + "'");
        }
    }

    private static String ordering(String order) {
        return switch (order) {
            case "ASC" -> NAME;
            case "DESC" -> "-" + NAME;
            default -> throw new FieldError("'order' must be either 'ASC' or 'DESC'; got '" + order + "'");
        };
    }
}
