package io.aksara.meta;

/**
 * A JSON document as text, on its way to a JSON column. {@link Values} produces it from maps,
 * lists and scalars, so the backend can tell JSON apart from plain text.
 *
 * @param text the JSON text
 */
public record JsonValue(String text) {}
