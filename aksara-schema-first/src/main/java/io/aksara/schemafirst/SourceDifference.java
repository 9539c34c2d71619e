package io.aksara.schemafirst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a committed source differs from a generated one, in words for a build log: the lines only the
 * schema gives and the lines only the file has (a few of each). Line order alone is not reported:
 * a model whose lines were merely moved is different too, and is named as such.
 */
final class SourceDifference {
    private static final int SHOWN = 3;

    private SourceDifference() {}

    /** Null when the two are the same (line endings aside). */
    static String of(String committed, String generated) {
        List<String> have = lines(committed);
        List<String> want = lines(generated);
        if (have.equals(want)) {
            return null;
        }
        List<String> onlyWanted = minus(want, have);
        List<String> onlyHad = minus(have, want);
        if (onlyWanted.isEmpty() && onlyHad.isEmpty()) {
            return "the same lines in another order";
        }
        List<String> parts = new ArrayList<>();
        if (!onlyWanted.isEmpty()) {
            parts.add("the schema gives " + shown(onlyWanted));
        }
        if (!onlyHad.isEmpty()) {
            parts.add("the file has " + shown(onlyHad));
        }
        return String.join("; ", parts);
    }

    private static List<String> lines(String source) {
        return Arrays.stream(source.replace("\r\n", "\n").split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The lines of {@code a} left after taking out, one for one, the lines of {@code b}. */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> left = new ArrayList<>(a);
        b.forEach(left::remove);
        return left;
    }

    private static String shown(List<String> lines) {
        String first = String.join("', '", lines.subList(0, Math.min(SHOWN, lines.size())));
        return "'" + first + "'" + (lines.size() > SHOWN ? " and " + (lines.size() - SHOWN) + " more line(s)" : "");
    }
}
