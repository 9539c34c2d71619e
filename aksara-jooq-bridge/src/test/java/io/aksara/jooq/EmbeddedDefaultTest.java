package io.aksara.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import io.aksara.internal.EmbeddedFallback;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The zero-configuration default: in-memory H2 with one warning, or an error when forbidden or H2 is missing. */
class EmbeddedDefaultTest {
    /** Held here: the logging framework keeps loggers only weakly. */
    private final Logger configLog = Logger.getLogger("io.aksara.config");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureTheWarning() {
        Assumptions.assumeTrue(System.getenv("AKSARA_DATABASE_URL") == null, "AKSARA_DATABASE_URL configures the default here");
        Aksara.close();
        EmbeddedFallback.forgetWarning();
        configLog.addHandler(capture);
    }

    @AfterEach
    void restore() {
        configLog.removeHandler(capture);
        Aksara.allowEmbeddedDefault(null);
        System.clearProperty(EmbeddedFallback.ALLOW_PROPERTY);
        Aksara.close();
    }

    @Test
    void theFallbackWarnsOnceAndWorks() {
        assertThat(Aksara.backend().vendor()).isEqualTo("h2");
        Aksara.close();
        assertThat(Aksara.backend().vendor()).isEqualTo("h2");
        assertThat(Aksara.config(Aksara.DEFAULT).url()).isEqualTo(DatabaseConfig.EMBEDDED_URL);
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().getLevel()).isEqualTo(Level.WARNING);
        assertThat(records.getFirst().getMessage()).contains("in-memory H2", "AKSARA_DATABASE_URL",
                "AKSARA_ALLOW_EMBEDDED_DEFAULT=false");
    }

    @Test
    void forbiddenInCodeTheFirstQueryFailsWithHowToConfigure() {
        Aksara.allowEmbeddedDefault(false);
        assertThatThrownBy(Aksara::backend).isInstanceOf(AksaraException.class)
                .hasMessageContaining("No database is configured, and the embedded in-memory fallback is forbidden")
                .hasMessageContaining("AKSARA_DATABASE_URL").hasMessageContaining("Aksara.configure(");
        assertThat(records).isEmpty();
        Aksara.configure("elsewhere", DatabaseConfig.builder().url("jdbc:h2:mem:configured").user("sa").password("").build());
        assertThat(Aksara.backend("elsewhere").vendor()).isEqualTo("h2"); // configured databases are not affected
    }

    @Test
    void forbiddenByTheSystemProperty() {
        System.setProperty(EmbeddedFallback.ALLOW_PROPERTY, "false");
        assertThatThrownBy(() -> Aksara.config(Aksara.DEFAULT)).isInstanceOf(AksaraException.class)
                .hasMessageContaining("-Daksara.allowEmbeddedDefault=false");
    }

    @Test
    void withH2HiddenTheFallbackAsksForH2OrAConfiguration() {
        URL[] nothing = new URL[0];
        // a loader that sees the JDK only: the application's classpath without H2
        try (URLClassLoader withoutH2 = new URLClassLoader(nothing, ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> EmbeddedFallback.embedded(Map.of(), null, null, withoutH2))
                    .isInstanceOf(AksaraException.class)
                    .hasMessageContaining("add com.h2database:h2").hasMessageContaining("AKSARA_DATABASE_URL");
            Thread.currentThread().setContextClassLoader(withoutH2);
            assertThatThrownBy(() -> Aksara.config(Aksara.DEFAULT)).hasMessageContaining("add com.h2database:h2");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(EmbeddedDefaultTest.class.getClassLoader());
        }
    }
}
