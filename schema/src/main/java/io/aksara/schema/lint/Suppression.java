package io.aksara.schema.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding accepted on purpose: a YAML comment in the migration file,
 * {@code # lint-ignore: RULE the reason}. A comment is invisible to Liquibase, so adding one to a
 * migration that has already run does not change its checksum. The reason is required.
 *
 * <pre>{@code
 * # lint-ignore: index-locks-writes products holds 300 rows; the index builds in milliseconds
 * }</pre>
 *
 * @param rule   the rule id it silences in this migration
 * @param reason why the finding is accepted; blank when the comment gave none (which silences nothing)
 */
public record Suppression(String rule, String reason) {
    private static final Pattern COMMENT = Pattern.compile("^\\s*#\\s*lint-ignore:\\s*([A-Za-z0-9_-]+)\\s*(.*?)\\s*$");

    /** The suppressions written in a migration file. */
    public static List<Suppression> in(Path migrationFile) {
        List<Suppression> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(migrationFile)) {
                Matcher m = COMMENT.matcher(line);
                if (m.matches()) {
                    out.add(new Suppression(m.group(1), m.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + migrationFile, e);
        }
        return out;
    }

    /** Whether the comment gives a reason (one without silences nothing). */
    public boolean hasReason() {
        return !reason.isBlank();
    }
}
