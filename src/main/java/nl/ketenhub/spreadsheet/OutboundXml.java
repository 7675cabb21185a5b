package nl.ketenhub.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import nl.ketenhub.format.XmlTranslators;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reading a standard message the hub sends, by local element names (the same code serves iWmo and
 * iJw), and printing CSV the way the upload report does: semicolons, a header line, CRLF.
 */
final class OutboundXml {

    private OutboundXml() {}

    /** The document of a message; null when the bytes are not well-formed XML. */
    static Document parse(byte[] xml) {
        try {
            return XmlTranslators.safeParsers().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            return null;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The element children of a parent with this local name. */
    static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent == null ? null : parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }

    /** The element at this path of local names below the parent, or null. */
    static Element element(Element parent, String... path) {
        Element current = parent;
        for (String name : path) {
            List<Element> found = children(current, name);
            if (found.isEmpty()) {
                return null;
            }
            current = found.get(0);
        }
        return current;
    }

    /** The trimmed text at this path below the parent; empty when absent. */
    static String text(Element parent, String... path) {
        Element element = element(parent, path);
        return element == null ? "" : element.getTextContent().trim();
    }

    /**
     * The class path of an element below the message root ({@code Client/StartProducten/StartProduct[2]}):
     * an element of a list (a parent below the root holding only elements of its name) carries its
     * 1-based index.
     */
    static String path(Element element) {
        List<String> parts = new ArrayList<>();
        for (Element e = element; e.getParentNode() instanceof Element parent; e = parent) {
            List<Element> siblings = children(parent, e.getLocalName());
            boolean list = parent.getParentNode() instanceof Element && siblings.size() == elementCount(parent);
            parts.add(0, list ? e.getLocalName() + "[" + (siblings.indexOf(e) + 1) + "]" : e.getLocalName());
        }
        return String.join("/", parts);
    }

    private static int elementCount(Element parent) {
        int count = 0;
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element) {
                count++;
            }
        }
        return count;
    }

    /** CSV with this header, one record per row, in the layout of the upload report. */
    static String csv(String[] header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader(header)
                .setRecordSeparator("\r\n")
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
