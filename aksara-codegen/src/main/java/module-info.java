/**
 * The annotation processor that writes each model's metamodel ({@code Product_}): javac finds it
 * on the processor path (or the class path) through {@code META-INF/services}, and on a processor
 * module path through the {@code provides} below.
 *
 * <pre>{@code
 * javac --processor-module-path aksara-codegen.jar:aksara-api.jar ...
 * }</pre>
 */
module io.aksara.codegen {
    // ModelProcessor is an AbstractProcessor
    requires transitive java.compiler;
    // the processor reads the field annotations and asks each kind its Java type
    requires io.aksara;

    exports io.aksara.codegen;

    provides javax.annotation.processing.Processor with io.aksara.codegen.ModelProcessor;
}
