package io.aksara.meta;

import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.errors.FieldError;
import io.aksara.internal.TextRules;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * Converts user-supplied values to what a field holds, or explains why it cannot. Conversions
 * only widen or keep the value exactly ({@code 999.99} becomes {@code BigDecimal 999.99},
 * {@code 5L} fits an integer field); anything lossy or ambiguous is a {@link FieldError} before SQL runs.
 *
 * <pre>{@code
 * Values.toColumnValue(priceField, 999.99);     // BigDecimal 999.99
 * Values.toColumnValue(categoryField, category); // the category's primary key
 * }</pre>
 */
public final class Values {
    /** The range of instants an {@code OffsetDateTime} in UTC holds ({@code Instant.MAX} is beyond it). */
    private static final long MAX_UTC_SECOND = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC);
    private static final long MIN_UTC_SECOND = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC);

    private Values() {}

    /**
     * The value as stored in the column (for a foreign key: the target's primary key). Null stays
     * null; callers decide whether null is allowed.
     */
    public static Object toColumnValue(FieldMeta<?, ?> field, Object value) {
        if (value == null) {
            return null;
        }
        if (field.isRelation()) {
            return relationKey(field, value);
        }
        return convert(field, field.type(), value);
    }

    /**
     * The value to store in the Java field (for a foreign key: a {@link Ref}).
     *
     * @throws FieldError for a null written to a primitive field or a value of the wrong type
     */
    public static Object toAttributeValue(FieldMeta<?, ?> field, Object value) {
        if (value == null) {
            if (field.primitive()) {
                String boxed = field.javaType().getSimpleName();
                String primitive = boxed.equals("Integer") ? "int" : boxed.toLowerCase(java.util.Locale.ROOT);
                throw new FieldError(field.qualifiedName() + " is a primitive " + primitive
                        + " and cannot be set to null; declare it as " + boxed + " (and nullable) to allow null");
            }
            return null;
        }
        if (field.isRelation()) {
            if (value instanceof Ref<?> ref) {
                checkTarget(field, ref.type());
                return ref;
            }
            if (value instanceof Model m) {
                checkTarget(field, m.getClass());
                return Ref.to(m);
            }
            return Ref.toId(field.relatedModel(), relationKey(field, value));
        }
        if (field.type() == FieldType.JSON) {
            json(field, value); // checks that the value can be written as JSON
            return value;
        }
        return convert(field, field.type(), value);
    }

    private static Object relationKey(FieldMeta<?, ?> field, Object value) {
        if (value instanceof Ref<?> ref) {
            checkTarget(field, ref.type());
            return requireSaved(field, ref.id());
        }
        if (value instanceof Model m) {
            checkTarget(field, m.getClass());
            return requireSaved(field, m.pk());
        }
        FieldMeta<?, ?> targetPk = field.relatedMeta().primaryKey();
        try {
            return io.aksara.internal.Keys.of(targetPk, value);
        } catch (FieldError e) {
            throw FieldError.wrongType(field, "a " + field.relatedModel().getSimpleName() + " instance, a Ref or its "
                    + targetPk.javaType().getSimpleName() + " key", value);
        }
    }

    private static Object requireSaved(FieldMeta<?, ?> field, Object key) {
        if (key == null) {
            throw new FieldError(field.qualifiedName() + " refers to an unsaved " + field.relatedModel().getSimpleName()
                    + ": save it first so it has a primary key");
        }
        return key;
    }

    private static void checkTarget(FieldMeta<?, ?> field, Class<?> given) {
        if (!field.relatedModel().isAssignableFrom(given)) {
            throw new FieldError(field.qualifiedName() + " expects a " + field.relatedModel().getSimpleName()
                    + ", got a " + given.getSimpleName());
        }
    }

    private static Object convert(FieldMeta<?, ?> field, FieldType type, Object value) {
        return switch (type) {
            case STRING, TEXT, EMAIL -> {
                if (value instanceof CharSequence || value instanceof Character) {
                    String text = value.toString();
                    // text no database stores as given would never match a row (PostgreSQL even refuses it)
                    String problem = TextRules.problem(text);
                    if (problem != null) {
                        throw new FieldError(field.qualifiedName() + " (" + field.type().displayName()
                                + ") expects text every database stores: " + problem);
                    }
                    yield text;
                }
                throw FieldError.wrongType(field, "a String", value);
            }
            case INTEGER -> {
                long l = integral(field, value, "an int");
                if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                    throw FieldError.wrongType(field, "an int (32-bit range)", value);
                }
                yield (int) l;
            }
            case BIG_INTEGER, BIG_AUTO -> integral(field, value, "a long");
            case FLOAT -> {
                // NaN and infinities are never stored (MySQL and MariaDB have none), so no filter or expression takes them
                if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
                    yield n.doubleValue();
                }
                throw FieldError.wrongType(field, "a finite double", value);
            }
            case DECIMAL -> decimal(field, value);
            case BOOLEAN -> {
                if (value instanceof Boolean) {
                    yield value;
                }
                throw FieldError.wrongType(field, "a boolean", value);
            }
            // values are bound in UTC: one that has no UTC OffsetDateTime (Instant.MAX, OffsetDateTime.MAX) is refused here
            case DATE_TIME -> switch (value) {
                case OffsetDateTime odt when !inUtcRange(odt.toEpochSecond()) -> throw beyondUtc(field, value);
                case OffsetDateTime odt -> odt;
                case Instant i when !inUtcRange(i.getEpochSecond()) -> throw beyondUtc(field, value);
                case Instant i -> i.atOffset(ZoneOffset.UTC);
                case ZonedDateTime z when !inUtcRange(z.toEpochSecond()) -> throw beyondUtc(field, value);
                case ZonedDateTime z -> z.toOffsetDateTime();
                default -> throw FieldError.wrongType(field, "an OffsetDateTime, ZonedDateTime or Instant", value);
            };
            case DATE -> {
                if (value instanceof LocalDate) {
                    yield value;
                }
                throw FieldError.wrongType(field, "a LocalDate", value);
            }
            case TIME -> {
                if (value instanceof LocalTime) {
                    yield value;
                }
                throw FieldError.wrongType(field, "a LocalTime", value);
            }
            case UUID -> {
                if (value instanceof UUID) {
                    yield value;
                }
                if (value instanceof CharSequence s) {
                    try {
                        yield java.util.UUID.fromString(s.toString());
                    } catch (IllegalArgumentException e) {
                        throw FieldError.wrongType(field, "a UUID", value);
                    }
                }
                throw FieldError.wrongType(field, "a UUID", value);
            }
            case JSON -> json(field, value);
            case FOREIGN_KEY -> throw new IllegalStateException("relations are converted by relationKey");
        };
    }

    /**
     * A whole document becomes {@link JsonValue} text; a value compared with a key inside a
     * document ({@code data__score__gte}) stays a plain string, number or boolean.
     */
    private static Object json(FieldMeta<?, ?> field, Object value) {
        if (field.isDerived()) {
            return switch (value) {
                case String s -> s;
                case Boolean b -> b;
                case BigDecimal d -> d;
                case Number n when n instanceof Double || n instanceof Float -> new BigDecimal(n.toString());
                case Number n -> new BigDecimal(n.toString());
                default -> throw FieldError.wrongType(field, "a string, number or boolean to compare a JSON key with", value);
            };
        }
        try {
            return new JsonValue(io.aksara.internal.Json.write(value));
        } catch (IllegalArgumentException e) {
            throw FieldError.wrongType(field, "maps, lists, strings, numbers, booleans and nulls (" + e.getMessage() + ")", value);
        }
    }

    private static boolean inUtcRange(long epochSecond) {
        return epochSecond >= MIN_UTC_SECOND && epochSecond <= MAX_UTC_SECOND;
    }

    private static FieldError beyondUtc(FieldMeta<?, ?> field, Object value) {
        return FieldError.wrongType(field, "a date and time an OffsetDateTime can hold in UTC", value);
    }

    private static long integral(FieldMeta<?, ?> field, Object value, String expected) {
        switch (value) {
            case Integer i -> { return i; }
            case Long l -> { return l; }
            case Short s -> { return s; }
            case Byte b -> { return b; }
            case BigInteger bi -> {
                try {
                    return bi.longValueExact();
                } catch (ArithmeticException e) {
                    throw FieldError.wrongType(field, expected, value);
                }
            }
            case BigDecimal bd -> {
                try {
                    return bd.longValueExact();
                } catch (ArithmeticException e) {
                    throw FieldError.wrongType(field, expected + " (no fraction)", value);
                }
            }
            default -> throw FieldError.wrongType(field, expected, value);
        }
    }

    private static BigDecimal decimal(FieldMeta<?, ?> field, Object value) {
        return switch (value) {
            case BigDecimal bd -> bd;
            case BigInteger bi -> new BigDecimal(bi);
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            // Double.toString gives the shortest text that round-trips, so 999.99 stays 999.99
            case Double d when Double.isFinite(d) -> new BigDecimal(Double.toString(d));
            case Float f when Float.isFinite(f) -> new BigDecimal(Float.toString(f));
            default -> throw FieldError.wrongType(field, "a BigDecimal (or an integer or finite double)", value);
        };
    }
}
