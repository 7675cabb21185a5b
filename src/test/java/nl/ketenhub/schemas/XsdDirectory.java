package nl.ketenhub.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * One folder of message XSDs ({@code jw301.xsd}, ..., {@code basisschema.xsd}). Each message schema
 * is compiled once, from its file URL so the relative {@code basisschema.xsd} import resolves, and
 * keeps one reusable validator (tests run single-threaded).
 */
final class XsdDirectory {

    /** Valid or not, with the first error when not. */
    record Verdict(boolean valid, String error) {
        @Override
        public String toString() {
            return valid ? "valid" : "invalid (" + error + ")";
        }
    }

    private final Path dir;
    private final Map<String, Validator> validators = new HashMap<>();

    XsdDirectory(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    boolean has(String schemaName) {
        return Files.isRegularFile(dir.resolve(schemaName + ".xsd"));
    }

    /** Validates the document against {@code <schemaName>.xsd}; stops at the first error. */
    Verdict verdict(String schemaName, Document document) {
        Validator validator = validators.computeIfAbsent(schemaName, this::newValidator);
        try {
            validator.validate(new DOMSource(document));
            return new Verdict(true, null);
        } catch (SAXException e) {
            return new Verdict(false, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Validator newValidator(String schemaName) {
        Path xsd = dir.resolve(schemaName + ".xsd");
        if (!Files.isRegularFile(xsd)) {
            throw new IllegalStateException("missing schema " + xsd);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Schema schema = factory.newSchema(xsd.toUri().toURL());
            Validator validator = schema.newValidator();
            validator.setErrorHandler(new FailFast());
            return validator;
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot compile " + xsd + ": " + e.getMessage(), e);
        }
    }

    private static final class FailFast implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {}

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
