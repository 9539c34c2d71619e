package io.aksara.jooq.vendor;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * H2, embedded in this JVM: names fold to upper case, no server session to stop, no
 * {@code FOR UPDATE OF}, array parameters of at most 65,536 values; no array columns for the array fields
 * (PostgreSQL's, as Django's ArrayField).
 *
 * <pre>{@code Vendors.forUrl("jdbc:h2:mem:shop").nameCase()   // UPPER}</pre>
 */
public class H2Vendor implements Vendor {
    /** H2's limit on the elements of an array value. */
    public static final int MAX_ARRAY = 65_536;

    private static final Set<Feature> FEATURES = EnumSet.complementOf(EnumSet.of(
            Feature.SELECT_FOR_UPDATE_OF, Feature.SERVER_SIDE_CANCEL, Feature.JSON, Feature.ARRAYS, Feature.ENUM_TYPES));
    private static final ErrorCodes ERRORS = ErrorCodes.builder().including(ErrorCodes.STANDARD)
            .state("23506", ErrorKind.FOREIGN_KEY).state("23513", ErrorKind.CHECK)
            // H2 reports a deadlock with code 40001, a lock timeout (and NOWAIT) with 50200
            .code(40001, ErrorKind.DEADLOCK).code(50200, ErrorKind.LOCK_TIMEOUT).build();

    @Override public String name() { return "h2"; }

    @Override public String displayName() { return "H2"; }

    @Override public SQLDialect dialect() { return SQLDialect.H2; }

    @Override public boolean acceptsUrl(String url) { return url.startsWith("jdbc:h2:"); }

    @Override public Set<Feature> features() { return FEATURES; }

    @Override public RenderNameCase nameCase() { return RenderNameCase.UPPER; }

    @Override public InsertIgnoreForm insertIgnoreForm() { return InsertIgnoreForm.MERGE; }

    @Override
    public Field<?> truncate(String kind, Field<?> source, DataType<Object> type, boolean date) {
        String sql = switch (kind) {
            case "year" -> "date_trunc(YEAR, {0})";
            case "quarter" -> "date_trunc(QUARTER, {0})";
            case "month" -> "date_trunc(MONTH, {0})";
            case "week" -> "date_trunc(ISO_WEEK, {0})";
            case "day" -> "date_trunc(DAY, {0})";
            case "hour" -> "date_trunc(HOUR, {0})";
            case "minute" -> "date_trunc(MINUTE, {0})";
            case "second" -> "date_trunc(SECOND, {0})";
            default -> throw new IllegalStateException("Trunc kind " + kind);
        };
        return DSL.field(sql, type, source);
    }

    @Override
    public Field<?> isoWeek(Field<?> source) {
        return DSL.field("extract(iso_week from {0})", SQLDataType.INTEGER, source);
    }

    @Override
    public Field<?> isoYear(Field<?> source) {
        return DSL.field("extract(iso_week_year from {0})", SQLDataType.INTEGER, source);
    }

    @Override public int maxArrayBindSize() { return MAX_ARRAY; }

    @Override public ErrorCodes errorCodes() { return ERRORS; }

    @Override public String liquibaseName() { return "h2"; }

    @Override
    public Map<String, String> liquibaseTypes() {
        return LiquibaseTypes.of("VARBINARY", "", "TIMESTAMP(6) WITH TIME ZONE", "JSON", "TIMESTAMP(6)", "VARCHAR", "UUID");
    }
}
