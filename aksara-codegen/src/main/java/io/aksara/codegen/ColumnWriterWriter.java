package io.aksara.codegen;

import io.aksara.meta.ModelColumnWriter;
import java.util.List;
import javax.lang.model.util.Elements;

/**
 * Writes a model's column writer ({@link ModelColumnWriter}) into its metamodel: a private static
 * {@code writeColumns} that copies every instance's fields into the arrays a bulk write passes, one
 * pass over the instances and one statement per field with a direct field read, and the
 * {@code .columnWriter(Product_::writeColumns)} that registers it. The arrays the caller passes
 * say which fields it writes (a null slot is skipped) and, for a primitive field, whether it wants
 * the primitive array or the boxed values, so nothing here depends on a vendor:
 *
 * <pre>{@code
 * Object[] c0 = (Object[]) c[0];
 * long[] p1 = c[1] instanceof long[] a1 ? a1 : null;
 * Object[] c1 = p1 == null ? (Object[]) c[1] : null;
 * for (int i = 0, n = rows.size(); i < n; i++) {
 *     Product m = rows.get(i);
 *     if (c0 != null) c0[i] = m.name;
 *     if (p1 != null) p1[i] = m.stock; else if (c1 != null) c1[i] = m.stock;
 * }
 * }</pre>
 *
 * <p>Row by row, not column by column: a bulk write's first pass over freshly made instances pays
 * their cache misses, and one pass pays them once. The null checks are loop-invariant, so the JIT
 * hoists or predicts them.
 */
final class ColumnWriterWriter {
    /** The name of the generated method. */
    static final String METHOD = "writeColumns";

    private ColumnWriterWriter() {}

    /** The same models as the row reader: a multi-table child and a composite foreign key are written the general way. */
    static boolean applies(ModelSpec spec) {
        return RowReaderWriter.applies(spec);
    }

    /** The builder call that registers the writer. */
    static String registration(ModelSpec spec) {
        return ".columnWriter(" + spec.metamodelName() + "::" + METHOD + ")";
    }

    /** Writes the method at class level. */
    static void write(SourceWriter out, TypeNamer names, Elements elements, String model, ModelSpec spec) {
        // qualified, not imported: an import of List would change how the model's own List fields are written
        String list = List.class.getCanonicalName();
        out.line(1, "/** Copies the fields of {@code rows} into the non-null arrays of {@code c}, one per field in order"
                + " (see ModelColumnWriter). */");
        out.line(1, "private static void " + METHOD + "(" + list + "<" + model + "> rows, Object[] c) {");
        List<FieldSpec> fields = spec.fields();
        for (int k = 0; k < fields.size(); k++) {
            String primitive = primitiveArray(fields.get(k));
            if (primitive == null) {
                out.line(2, "Object[] c" + k + " = (Object[]) c[" + k + "];");
            } else {
                out.line(2, primitive + " p" + k + " = c[" + k + "] instanceof " + primitive + " a" + k + " ? a" + k + " : null;");
                out.line(2, "Object[] c" + k + " = p" + k + " == null ? (Object[]) c[" + k + "] : null;");
            }
        }
        out.line(2, "for (int i = 0, n = rows.size(); i < n; i++) {");
        out.line(3, model + " m = rows.get(i);");
        for (int k = 0; k < fields.size(); k++) {
            String read = "m." + fields.get(k).name() + ";";
            String boxed = "if (c" + k + " != null) c" + k + "[i] = " + read;
            out.line(3, primitiveArray(fields.get(k)) == null ? boxed : "if (p" + k + " != null) p" + k + "[i] = " + read + " else " + boxed);
        }
        out.line(2, "}");
        out.line(1, "}");
    }

    /**
     * The primitive array a primitive field may be copied into, or null (a reference field, or a
     * primitive without one): exactly the primitives read and written unboxed ({@code PrimitiveAccess}).
     */
    private static String primitiveArray(FieldSpec f) {
        String unboxed = MetamodelWriter.unboxedFactory(f); // "longField", "intField", ...
        return unboxed == null ? null : unboxed.replace("Field", "[]");
    }
}
