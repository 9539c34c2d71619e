package io.aksara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.junit.jupiter.api.Test;

/** How {@code --classpath} is taken out of the arguments (the launch itself: CommandLineJarSuite in src-it). */
class ClasspathLaunchTest {
    @Test
    void theOptionIsRemovedAndItsEntriesGoFirst() {
        ClasspathLaunch launch = ClasspathLaunch.of("--classpath", "app/classes", "--dir", "m", "migrate", "0002");
        assertThat(launch.arguments()).containsExactly("--dir", "m", "migrate", "0002");
        assertThat(launch.fullClasspath()).startsWith("app/classes" + File.pathSeparator);
        assertThat(ClasspathLaunch.of("showmigrations", "--classpath=a.jar").arguments()).containsExactly("showmigrations");
        assertThat(ClasspathLaunch.of("showmigrations")).isNull();
    }
}
