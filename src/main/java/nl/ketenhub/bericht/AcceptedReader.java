package nl.ketenhub.bericht;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads back a message that intake accepted (the pipeline takes it from the message log): its
 * header with a streaming parser that stops after the Header, and its DOM only when something asks for one. Neither
 * checks nor validates the message again.
 */
@Component
public class AcceptedReader {

    /**
     * Woodstox, no DTD, no external entities. Its readers share the factory's symbol table, where the
     * JDK's StAX reader, which cannot be reused, interned every name of every header again (three times
     * the cost). One factory per thread, so that threads never wait for one another at its symbol table.
     */
    private final ThreadLocal<XMLInputFactory> streams = ThreadLocal.withInitial(AcceptedReader::hardenedStreams);

    private final ThreadLocal<DocumentBuilder> parsers = ThreadLocal.withInitial(IntakeInspector::hardenedParser);

    /**
     * A message that already passed {@link IntakeInspector#inspect} (the pipeline reads it back from the message
     * log): its type and header, read with a streaming parser that stops after the Header; not
     * checked or validated a second time, and no DOM built ({@link #document} when one is needed).
     */
    public BerichtHeader reread(byte[] accepted) {
        try {
            XMLStreamReader reader = streams.get().createXMLStreamReader(new ByteArrayInputStream(accepted));
            try {
                reader.nextTag();
                BerichtType type = BerichtType.forNamespace(reader.getNamespaceURI())
                        .orElseThrow(() -> new IllegalStateException("an accepted message has no known namespace"));
                return HeaderReader.read(type, reader)
                        .orElseThrow(() -> new IllegalStateException("an accepted " + type + " has no Header"));
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("an accepted message no longer parses", e);
        }
    }

    /** The DOM of a message that already passed {@link IntakeInspector#inspect}, not validated a second time. */
    public Document document(byte[] accepted) {
        try {
            DocumentBuilder parser = parsers.get();
            parser.reset();
            parser.setErrorHandler(new ErrorCollector(null));
            return parser.parse(new InputSource(new ByteArrayInputStream(accepted)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("an accepted message no longer parses", e);
        }
    }

    private static XMLInputFactory hardenedStreams() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, IntakeInspector.MAX_ELEMENT_DEPTH);
        return factory;
    }

    /**
     * A SAX parser with the settings of {@link IntakeInspector#hardenedFactory()}, for {@link
     * BerichtUnmarshaller}. Kept per thread and used again: it keeps its symbol table, where a new
     * parser would intern every element name of every message again.
     */
    static XMLReader hardenedSaxReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.setProperty("jdk.xml.maxElementDepth", Integer.toString(IntakeInspector.MAX_ELEMENT_DEPTH));
            return parser.getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
    }
}
