package io.aksara.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When the default database may fall back to in-memory H2. This module has no H2 on its test
 * classpath, which is exactly the case of an application that did not add it.
 */
class EmbeddedFallbackTest {
    private static final ClassLoader HERE = EmbeddedFallbackTest.class.getClassLoader();

    /** A loader that has H2's driver class file (presence is all the decision looks at). */
    private static final ClassLoader WITH_H2 = new ClassLoader(null) {
        @Override
        protected URL findResource(String name) {
            return name.equals(EmbeddedFallback.H2_DRIVER) ? EmbeddedFallbackTest.class.getResource("EmbeddedFallbackTest.class") : null;
        }
    };

    @Test
    void allowedByDefaultWhenH2IsThere() {
        assertThat(EmbeddedFallback.embedded(Map.of(), null, null, WITH_H2).url()).isEqualTo(DatabaseConfig.EMBEDDED_URL);
        assertThat(EmbeddedFallback.embedded(Map.of(EmbeddedFallback.ALLOW_VARIABLE, "TRUE"), null, null, WITH_H2)).isNotNull();
    }

    @Test
    void withoutH2TheFallbackSaysWhatToAddOrConfigure() {
        assertThatThrownBy(() -> EmbeddedFallback.embedded(Map.of(), null, null, HERE))
                .isInstanceOf(AksaraException.class)
                .hasMessageContaining("needs H2, which is not on the classpath")
                .hasMessageContaining("add com.h2database:h2")
                .hasMessageContaining("AKSARA_DATABASE_URL")
                .hasMessageContaining("Aksara.configure(");
    }

    @Test
    void forbiddenByTheVariableThePropertyOrTheCode() {
        assertThatThrownBy(() -> EmbeddedFallback.embedded(Map.of(EmbeddedFallback.ALLOW_VARIABLE, "false"), null, null, WITH_H2))
                .isInstanceOf(AksaraException.class)
                .hasMessageContaining("fallback is forbidden (AKSARA_ALLOW_EMBEDDED_DEFAULT=false)")
                .hasMessageContaining("set AKSARA_DATABASE_URL");
        assertThatThrownBy(() -> EmbeddedFallback.embedded(Map.of(), "false", null, WITH_H2))
                .hasMessageContaining("(-Daksara.allowEmbeddedDefault=false)");
        assertThatThrownBy(() -> EmbeddedFallback.embedded(Map.of(), null, false, WITH_H2))
                .hasMessageContaining("(Aksara.allowEmbeddedDefault(false))");
        // forbidden wins over a missing H2: the message is about configuring, not about adding H2
        assertThatThrownBy(() -> EmbeddedFallback.embedded(Map.of(EmbeddedFallback.ALLOW_VARIABLE, "false"), null, null, HERE))
                .hasMessageContaining("forbidden").hasMessageNotContaining("com.h2database");
    }

    @Test
    void theCodeWinsOverThePropertyWhichWinsOverTheVariable() {
        Map<String, String> forbidden = Map.of(EmbeddedFallback.ALLOW_VARIABLE, "false");
        assertThat(EmbeddedFallback.embedded(forbidden, "true", null, WITH_H2)).isNotNull();
        assertThat(EmbeddedFallback.embedded(forbidden, "false", true, WITH_H2)).isNotNull();
    }

    @Test
    void aValueThatIsNeitherTrueNorFalseIsAnError() {
        assertThatThrownBy(() -> EmbeddedFallback.embedded(Map.of(EmbeddedFallback.ALLOW_VARIABLE, "nope"), null, null, WITH_H2))
                .isInstanceOf(AksaraException.class)
                .hasMessageContaining("AKSARA_ALLOW_EMBEDDED_DEFAULT must be true or false, got 'nope'");
    }

    @Test
    void theWarningSaysHowToConfigureAndHowToForbid() {
        assertThat(EmbeddedFallback.warning()).contains("in-memory H2", "lost when the JVM exits", "AKSARA_DATABASE_URL",
                "Aksara.configure(", "AKSARA_ALLOW_EMBEDDED_DEFAULT=false");
    }
}
