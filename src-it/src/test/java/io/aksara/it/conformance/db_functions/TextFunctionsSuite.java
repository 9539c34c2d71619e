package io.aksara.it.conformance.db_functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.expr.Value;
import io.aksara.functions.Concat;
import io.aksara.functions.Length;
import io.aksara.functions.Lower;
import io.aksara.functions.NullIf;
import io.aksara.functions.Replace;
import io.aksara.functions.Substr;
import io.aksara.functions.Trim;
import io.aksara.functions.Upper;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/db_functions/text/: {@code LowerTests}, {@code UpperTests}, {@code LengthTests},
 * {@code ConcatTests}, {@code SubstrTests}, {@code TrimTests}, {@code ReplaceTests}, and
 * comparison/test_nullif.py {@code NullIfTests}. Java names are prefixed with the function
 * ({@code lower_test_basic}); each test makes its rows, as Django's do.
 */
@OnEveryDatabase
class TextFunctionsSuite extends DjangoTestCase {
    private static final String LOREM_IPSUM = "\n    Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod\n"
            + "    tempor incididunt ut labore et dolore magna aliqua.";

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Author.class, Article.class, Article_authors.class);
    }

    private static void johnAndRhonda() {
        Author.objects.create("name", "John Smith", "alias", "smithj");
        Author.objects.create("name", "Rhonda");
    }

    private static void fourAuthors() {
        Author.objects.create("name", "Jayden");
        Author.objects.create("name", "John Smith", "alias", "smithj", "goesBy", "John");
        Author.objects.create("name", "Margaret", "goesBy", "Maggie");
        Author.objects.create("name", "Rhonda", "alias", "adnohR");
    }

    // Django 6.0 tests/db_functions/text/test_lower.py LowerTests.test_basic
    @Test
    void lower_test_basic() {
        johnAndRhonda();
        var authors = Author.objects.annotate(Lower.of("name").as("lower_name"));
        assertThat(authors.orderBy("name").fetch()).extracting(a -> a.annotation("lower_name", String.class))
                .containsExactly("john smith", "rhonda");
        Author.objects.all().update("name", Lower.of("name"));
        assertThat(authors.orderBy("name").fetch()).extracting(a -> a.annotation("lower_name", String.class), a -> a.name)
                .containsExactly(tuple("john smith", "john smith"), tuple("rhonda", "rhonda"));
    }

    // Django 6.0 tests/db_functions/text/test_upper.py UpperTests.test_basic
    @Test
    void upper_test_basic() {
        johnAndRhonda();
        var authors = Author.objects.annotate(Upper.of("name").as("upper_name"));
        assertThat(authors.orderBy("name").fetch()).extracting(a -> a.annotation("upper_name", String.class))
                .containsExactly("JOHN SMITH", "RHONDA");
        Author.objects.all().update("name", Upper.of("name"));
        assertThat(authors.orderBy("name").fetch()).extracting(a -> a.annotation("upper_name", String.class), a -> a.name)
                .containsExactly(tuple("JOHN SMITH", "JOHN SMITH"), tuple("RHONDA", "RHONDA"));
    }

    // Django 6.0 tests/db_functions/text/test_length.py LengthTests.test_basic
    @Test
    void length_test_basic() {
        johnAndRhonda();
        var authors = Author.objects.annotate(Length.of("name").as("name_length"), Length.of("alias").as("alias_length"));
        assertThat(authors.orderBy("name").fetch())
                .extracting(a -> a.annotation("name_length", Integer.class), a -> a.annotation("alias_length", Integer.class))
                .containsExactly(tuple(10, 6), tuple(6, null));
        assertThat(authors.filter("alias_length__lte", Length.of("name")).count()).isEqualTo(1);
    }

    // Django 6.0 tests/db_functions/text/test_length.py LengthTests.test_ordering
    @Test
    void length_test_ordering() {
        Author.objects.create("name", "John Smith", "alias", "smithj");
        Author.objects.create("name", "John Smith", "alias", "smithj1");
        Author.objects.create("name", "Rhonda", "alias", "ronny");
        assertThat(Author.objects.all().orderBy(Length.of("name"), Length.of("alias")).fetch())
                .extracting(a -> a.name, a -> a.alias)
                .containsExactly(tuple("Rhonda", "ronny"), tuple("John Smith", "smithj"), tuple("John Smith", "smithj1"));
    }

    // Django 6.0 tests/db_functions/text/test_concat.py ConcatTests.test_basic
    @Test
    void concat_test_basic() {
        fourAuthors();
        assertThat(Author.objects.annotate(Concat.of("alias", "goesBy").as("joined")).orderBy("name").fetch())
                .extracting(a -> a.annotation("joined", String.class)).containsExactly("", "smithjJohn", "Maggie", "adnohR");
    }

    // Django 6.0 tests/db_functions/text/test_concat.py ConcatTests.test_many
    @Test
    void concat_test_many() {
        fourAuthors();
        var authors = Author.objects.annotate(Concat.of("name", Value.of(" ("), "goesBy", Value.of(")")).as("joined"));
        assertThat(authors.orderBy("name").fetch()).extracting(a -> a.annotation("joined", String.class))
                .containsExactly("Jayden ()", "John Smith (John)", "Margaret (Maggie)", "Rhonda ()");
    }

    // Django 6.0 tests/db_functions/text/test_concat.py ConcatTests.test_mixed_char_text
    @Test
    void concat_test_mixed_char_text() {
        Article.objects.create("title", "The Title", "text", LOREM_IPSUM, "written", OffsetDateTime.now(ZoneOffset.UTC));
        Article article = Article.objects.annotate(Concat.of("title", Value.of(" - "), "text").as("title_text"))
                .get("title", "The Title");
        assertThat(article.annotation("title_text", String.class)).isEqualTo(article.title + " - " + article.text);
        // wrapped in something else, the text is still text
        article = Article.objects.annotate(Upper.of(Concat.of("title", Value.of(" - "), "text")).as("title_text"))
                .get("title", "The Title");
        assertThat(article.annotation("title_text", String.class))
                .isEqualTo((article.title + " - " + article.text).toUpperCase(Locale.ROOT));
    }

    // Django 6.0 tests/db_functions/text/test_concat.py ConcatTests.test_resolved_output_field (its last case)
    // docs/expressions-and-transactions.md: "`Concat` writes every part as text, a part that is not text
    // converted, and a NULL part as empty text."
    @Tag("django-difference")
    @Test
    void concat_test_resolved_output_field() {
        Article.objects.create("title", "The Title", "written", OffsetDateTime.now(ZoneOffset.UTC), "views", 7);
        // Django: FieldError (Expression contains mixed types); Aksara converts the number to text
        assertThat(Article.objects.annotate(Concat.of("title", "views").as("concat_mixed")).get()
                .annotation("concat_mixed", String.class)).isEqualTo("The Title7");
    }

    // Django 6.0 tests/db_functions/text/test_substr.py SubstrTests.test_basic
    @Test
    void substr_test_basic() {
        johnAndRhonda();
        assertThat(Author.objects.annotate(Substr.of("name", 5, 3).as("name_part")).orderBy("name").fetch())
                .extracting(a -> a.annotation("name_part", String.class)).containsExactly(" Sm", "da");
        var authors = Author.objects.annotate(Substr.of("name", 2).as("name_part"));
        assertThat(authors.orderBy("name").fetch()).extracting(a -> a.annotation("name_part", String.class))
                .containsExactly("ohn Smith", "honda");
        // if alias is null, set to first 5 lower characters of the name
        Author.objects.filter("alias__isnull", true).update("alias", Lower.of(Substr.of("name", 1, 5)));
        assertThat(authors.orderBy("name").fetch()).extracting(a -> a.alias).containsExactly("smithj", "rhond");
    }

    // Django 6.0 tests/db_functions/text/test_substr.py SubstrTests.test_start
    @Test
    void substr_test_start() {
        Author.objects.create("name", "John Smith", "alias", "smithj");
        Author a = Author.objects.annotate(Substr.of("name", 1).as("name_part_1"), Substr.of("name", 2).as("name_part_2"))
                .get("alias", "smithj");
        assertThat(a.annotation("name_part_1", String.class).substring(1)).isEqualTo(a.annotation("name_part_2", String.class));
    }

    // Django 6.0 tests/db_functions/text/test_substr.py SubstrTests.test_pos_gt_zero
    @Test
    void substr_test_pos_gt_zero() {
        assertThatThrownBy(() -> Author.objects.annotate(Substr.of("name", 0).as("raises")))
                .isInstanceOf(AksaraException.class).hasMessageContaining("positions start at 1");
    }

    // Django 6.0 tests/db_functions/text/test_trim.py TrimTests.test_trim
    @Test
    void trim_test_trim() {
        Author.objects.create("name", "  John ", "alias", "j");
        Author.objects.create("name", "Rhonda", "alias", "r");
        var authors = Author.objects.annotate(Trim.left("name").as("ltrim"), Trim.right("name").as("rtrim"),
                Trim.of("name").as("trim"));
        assertThat(authors.orderBy("alias").fetch())
                .extracting(a -> a.annotation("ltrim", String.class), a -> a.annotation("rtrim", String.class),
                        a -> a.annotation("trim", String.class))
                .containsExactly(tuple("John ", "  John", "John"), tuple("Rhonda", "Rhonda", "Rhonda"));
    }

    private static void martinAndTolkien() {
        Author.objects.create("name", "George R. R. Martin");
        Author.objects.create("name", "J. R. R. Tolkien");
    }

    // Django 6.0 tests/db_functions/text/test_replace.py ReplaceTests.test_replace_with_empty_string
    @Test
    void replace_test_replace_with_empty_string() {
        martinAndTolkien();
        var qs = Author.objects.annotate(Replace.of(F.of("name"), Value.of("R. R. "), Value.of("")).as("without_middlename"));
        assertThat(qs.fetch()).extracting(a -> a.name, a -> a.annotation("without_middlename", String.class))
                .containsExactlyInAnyOrder(tuple("George R. R. Martin", "George Martin"), tuple("J. R. R. Tolkien", "J. Tolkien"));
    }

    // Django 6.0 tests/db_functions/text/test_replace.py ReplaceTests.test_case_sensitive
    @Test
    void replace_test_case_sensitive() {
        martinAndTolkien();
        var qs = Author.objects.annotate(Replace.of(F.of("name"), Value.of("r. r."), Value.of("")).as("same_name"));
        assertThat(qs.fetch()).extracting(a -> a.name, a -> a.annotation("same_name", String.class))
                .containsExactlyInAnyOrder(tuple("George R. R. Martin", "George R. R. Martin"),
                        tuple("J. R. R. Tolkien", "J. R. R. Tolkien"));
    }

    // Django 6.0 tests/db_functions/text/test_replace.py ReplaceTests.test_replace_expression
    @Test
    void replace_test_replace_expression() {
        martinAndTolkien();
        var qs = Author.objects.annotate(Replace.of(Concat.of(Value.of("Author: "), F.of("name")), Value.of("Author: "),
                Value.of("")).as("same_name"));
        assertThat(qs.fetch()).extracting(a -> a.name, a -> a.annotation("same_name", String.class))
                .containsExactlyInAnyOrder(tuple("George R. R. Martin", "George R. R. Martin"),
                        tuple("J. R. R. Tolkien", "J. R. R. Tolkien"));
    }

    // Django 6.0 tests/db_functions/text/test_replace.py ReplaceTests.test_update
    @Test
    void replace_test_update() {
        martinAndTolkien();
        Author.objects.all().update("name", Replace.of(F.of("name"), Value.of("R. R. "), Value.of("")));
        assertThat(Author.objects.all().fetch()).extracting(a -> a.name).containsExactlyInAnyOrder("George Martin", "J. Tolkien");
    }

    // Django 6.0 tests/db_functions/text/test_replace.py ReplaceTests.test_replace_with_default_arg
    @Test
    void replace_test_replace_with_default_arg() {
        martinAndTolkien();
        var qs = Author.objects.annotate(Replace.of(F.of("name"), Value.of("R. R. ")).as("same_name"));
        assertThat(qs.fetch()).extracting(a -> a.name, a -> a.annotation("same_name", String.class))
                .containsExactlyInAnyOrder(tuple("George R. R. Martin", "George Martin"), tuple("J. R. R. Tolkien", "J. Tolkien"));
    }

    // Django 6.0 tests/db_functions/comparison/test_nullif.py NullIfTests.test_basic
    @Test
    void nullif_test_basic() {
        Author.objects.create("name", "John Smith", "alias", "smithj");
        Author.objects.create("name", "Rhonda", "alias", "Rhonda");
        assertThat(Author.objects.annotate(NullIf.of("alias", "name").as("nullif")).valuesList("nullif").fetch())
                .extracting(row -> row.get(0)).containsExactlyInAnyOrder("smithj", null);
    }
}
