/**
 * Schema first: model sources from a live database ({@code InspectDb}) or from jOOQ's generated
 * table classes ({@code InspectJooq}).
 *
 * <pre>{@code
 * module tools {
 *     requires io.aksara.schemafirst;
 * }
 * }</pre>
 */
module io.aksara.schemafirst {
    // InspectJooq takes jOOQ tables; the field annotations it writes are the API's
    requires transitive io.aksara.jooq;
    requires org.slf4j;
    // SourceVersion.isName: a column name that is not a Java name gets another
    requires java.compiler;
    // jOOQ's Settings carry JAXB annotations; javac warns when it cannot see their types
    requires static jakarta.xml.bind;

    exports io.aksara.schemafirst;
}
