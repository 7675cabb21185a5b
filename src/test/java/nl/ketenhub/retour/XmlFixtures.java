package nl.ketenhub.retour;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;

/** Reads the published iStandaarden material in ../shared and validates output against XSDs. */
final class XmlFixtures {

    static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));
    static final Path IJW = SHARED.resolve("istandaarden/ijw/3.2");
    static final Path IWMO = SHARED.resolve("istandaarden/iwmo/3.2");

    private XmlFixtures() {}

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Throws a SAXException naming the first violation when the document does not validate. */
    static void validate(byte[] xml, Path xsd) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema =
                factory.newSchema(new StreamSource(xsd.toAbsolutePath().toUri().toString()));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
