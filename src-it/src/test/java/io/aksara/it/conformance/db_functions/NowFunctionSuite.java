package io.aksara.it.conformance.db_functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Model;
import io.aksara.functions.Now;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import io.aksara.jooq.vendor.Feature;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Django 6.0 tests/db_functions/datetime/test_now.py {@code NowTests}. */
@OnEveryDatabase
public class NowFunctionSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Author.class, Article.class, Article_authors.class);
    }

    // Django 6.0 tests/db_functions/datetime/test_now.py NowTests.test_basic
    @Test
    void test_basic() {
        db.assumeFeature(Feature.DURATION_ARITHMETIC); // Now() + timedelta(days=2)
        Article a1 = Article.objects.create("title", "How to Django", "text", ComparisonFunctionsSuite.LOREM_IPSUM, "written", OffsetDateTime.now(ZoneOffset.UTC));
        Article a2 = Article.objects.create("title", "How to Time Travel", "text", ComparisonFunctionsSuite.LOREM_IPSUM, "written",
                OffsetDateTime.now(ZoneOffset.UTC));
        assertThat(Article.objects.filter("id", a1.id, "published", null).update("published", Now.of())).isEqualTo(1);
        assertThat(Article.objects.filter("id", a1.id, "published", null).update("published", Now.of())).isEqualTo(0);
        a1.refreshFromDb();
        assertThat(a1.published).isInstanceOf(OffsetDateTime.class);
        a2.saveWith("published", Now.of().plus(Duration.ofDays(2)));
        a2.refreshFromDb();
        assertThat(a2.published).isInstanceOf(OffsetDateTime.class);
        assertThat(Article.objects.filter("published__lte", Now.of()).fetch()).extracting(a -> a.title).containsExactly("How to Django");
        assertThat(Article.objects.filter("published__gt", Now.of()).fetch()).extracting(a -> a.title)
                .containsExactly("How to Time Travel");
    }
}
