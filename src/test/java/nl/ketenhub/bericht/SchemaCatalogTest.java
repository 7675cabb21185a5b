package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

class SchemaCatalogTest {

    private static final String MAIN_XSD =
            """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:b="urn:test:b"
                       targetNamespace="urn:test:a" elementFormDefault="qualified">
              <xs:import namespace="urn:test:b" schemaLocation="%s"/>
              <xs:element name="Bericht" type="b:Code"/>
            </xs:schema>
            """;
    private static final String IMPORTED_XSD =
            """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:b">
              <xs:simpleType name="Code"><xs:restriction base="xs:string"><xs:pattern value="[0-9]{3}"/></xs:restriction></xs:simpleType>
            </xs:schema>
            """;

    @TempDir
    Path temp;

    @Test
    void compilesTheHubAfwijzingSchema() throws Exception {
        SchemaCatalog catalog = new SchemaCatalog(Map.of(), classpath(SchemaCatalog.AFWIJZING_RESOURCE));

        assertThat(
                        valid(
                                catalog.afwijzing(),
                                """
                <Afwijzing xmlns="urn:ketenhub:afwijzing:v1"><BerichtId>b-1</BerichtId>
                <Tijdstip>2026-01-05T10:00:00Z</Tijdstip>
                <Bevinding><Regel>OP179</Regel><Niveau>1</Niveau><Omschrijving>te groot</Omschrijving></Bevinding>
                </Afwijzing>"""))
                .isTrue();
        assertThat(
                        valid(
                                catalog.afwijzing(),
                                """
                <Afwijzing xmlns="urn:ketenhub:afwijzing:v1"><BerichtId>b-1</BerichtId></Afwijzing>"""))
                .isFalse();
    }

    @Test
    void resolvesTheRelativeImportInsideAJar() throws Exception {
        Path jar = temp.resolve("schemas.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "schemas/test/main.xsd", MAIN_XSD.formatted("basis.xsd"));
            add(out, "schemas/test/basis.xsd", IMPORTED_XSD);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            URL main = loader.getResource("schemas/test/main.xsd");
            assertThat(main.getProtocol()).isEqualTo("jar");

            Schema schema = SchemaCatalog.compile(main);

            assertThat(valid(schema, "<Bericht xmlns=\"urn:test:a\">436</Bericht>"))
                    .isTrue();
            assertThat(valid(schema, "<Bericht xmlns=\"urn:test:a\">43</Bericht>"))
                    .isFalse();
        }
    }

    @Test
    void refusesToFetchAnImportOverHttp() throws IOException {
        Path main = Files.writeString(temp.resolve("main.xsd"), MAIN_XSD.formatted("http://127.0.0.1:9/basis.xsd"));

        assertThatThrownBy(() -> SchemaCatalog.compile(main.toUri().toURL()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("accessExternalSchema");
    }

    @Test
    void refusesAnExternalDtdInASchema() throws IOException {
        Files.writeString(temp.resolve("evil.dtd"), "<!ENTITY x 'y'>");
        Path main = Files.writeString(
                temp.resolve("main.xsd"),
                """
                <!DOCTYPE xs:schema SYSTEM "evil.dtd">
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:a"/>
                """);

        assertThatThrownBy(() -> SchemaCatalog.compile(main.toUri().toURL()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("accessExternalDTD");
    }

    @Test
    void refusesATypeWithoutSchema() throws IOException {
        SchemaCatalog catalog = new SchemaCatalog(Map.of(), classpath(SchemaCatalog.AFWIJZING_RESOURCE));

        assertThatThrownBy(() -> catalog.schema(BerichtType.JW301)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Skipped only until schemas/ijw and schemas/iwmo are merged into the repo. */
    @Test
    void compilesTheSchemaOfEveryBerichtTypeFromTheClasspath() {
        Assumptions.assumeTrue(
                Files.exists(Path.of(System.getProperty("basedir", "."), "schemas/ijw/jw301.xsd")),
                "schemas/ijw/jw301.xsd is not in the repo yet");

        SchemaCatalog catalog = new SchemaCatalog();

        for (BerichtType type : BerichtType.values()) {
            assertThat(catalog.schema(type)).as("schema of %s", type).isNotNull();
        }
    }

    static URL classpath(String resource) {
        URL url = SchemaCatalogTest.class.getClassLoader().getResource(resource);
        assertThat(url).as(resource).isNotNull();
        return url;
    }

    private static boolean valid(Schema schema, String xml) throws IOException {
        try {
            schema.newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
            return true;
        } catch (SAXException e) {
            return false;
        }
    }

    private static void add(JarOutputStream jar, String name, String content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
