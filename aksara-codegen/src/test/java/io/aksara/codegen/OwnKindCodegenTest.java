package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A field annotation of the application's own, carrying {@code @Kind}, is a field annotation like
 * the built-in ones: the processor has no table of kinds, it reads the Java type from the kind's
 * {@code FieldKind<V>} and generates a field built with that kind.
 */
class OwnKindCodegenTest {
    @TempDir
    Path dir;

    private static Map<String, String> moneySources(String modelBody) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("app/Money.java", """
                package app;
                public record Money(java.math.BigDecimal amount) {}
                """);
        sources.put("app/MoneyKind.java", """
                package app;
                import io.aksara.kinds.CodecKind;
                import io.aksara.kinds.DecimalKind;
                import java.math.BigDecimal;
                public final class MoneyKind extends CodecKind<Money, BigDecimal> {
                    public MoneyKind() { super(Money.class, DecimalKind.class); }
                    @Override protected BigDecimal toStored(Money m) { return m.amount(); }
                    @Override protected Money fromStored(BigDecimal d) { return new Money(d); }
                }
                """);
        sources.put("app/MoneyField.java", """
                package app;
                import io.aksara.kinds.Kind;
                import java.lang.annotation.*;
                @Kind(MoneyKind.class)
                @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD)
                public @interface MoneyField {
                    boolean nullable() default false;
                    int maxDigits() default 12;
                    int decimalPlaces() default 2;
                }
                """);
        sources.put("app/Order.java", "package app;\npublic class Order extends io.aksara.Model {\n" + modelBody + "\n}\n");
        return sources;
    }

    @Test
    void ownAnnotationGeneratesAFieldOfItsKind() throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, moneySources("""
                    @MoneyField(maxDigits = 14, decimalPlaces = 4) public Money total;
                    @MoneyField(nullable = true) public Money tip;
                """));
        assertThat(result.messages(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(result.generatedSource("app.Order_"))
                .contains("builder(\"total\", FieldKinds.get(MoneyKind.class), Money.class)")
                .contains(".digits(14, 4)")
                .contains("builder(\"tip\", FieldKinds.get(MoneyKind.class), Money.class)")
                .contains("ComparablePath<Order, Money> total");
    }

    @Test
    void ownAnnotationOnTheWrongJavaTypeIsACompileError() throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, moneySources("    @MoneyField public String total;"));
        assertThat(result.success()).isFalse();
        assertThat(result.errors()).anySatisfy(e -> assertThat(e)
                .contains("Order.total", "@MoneyField needs a field of type app.Money", "declared as String"));
    }
}
