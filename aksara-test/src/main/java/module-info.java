/**
 * JUnit support: {@code @AksaraTest} (each test rolled back), {@code QueryAssertions},
 * {@code Fixtures} (dumpdata and loaddata) and {@code FreshDatabase}.
 *
 * <pre>{@code
 * open module shop.tests {
 *     requires io.aksara.test;
 *     requires org.junit.jupiter.api;
 * }
 * }</pre>
 */
module io.aksara.test {
    requires transitive io.aksara.schema;
    // AksaraExtension is a JUnit extension; JUnit is optional for the fixtures alone (the CLI's
    // dumpdata and loaddata), so a test module requires org.junit.jupiter.api itself
    requires static org.junit.jupiter.api;
    // jOOQ's Settings carry JAXB annotations; javac warns when it cannot see their types
    requires static jakarta.xml.bind;

    exports io.aksara.test;
}
