package io.aksara.it.kinds;

import java.util.List;

/** A set of short labels, stored by {@link TagsKind} as one text column ({@code ,red,blue,}). */
public record Tags(List<String> names) {
    public Tags {
        names = List.copyOf(names);
    }

    public static Tags of(String... names) {
        return new Tags(List.of(names));
    }
}
