package nl.ketenhub.bericht;

import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The intake's error handler. Parsing (no findings list): fail on the first error. Validating:
 * collect each error as an XSD finding with its line and column, up to {@link
 * IntakeInspector#MAX_XSD_ERRORS}, then stop with {@link TooManyErrors}.
 */
record ErrorCollector(List<Finding> findings) implements ErrorHandler {

    static final class TooManyErrors extends SAXException {
        TooManyErrors() {
            super("too many errors");
        }
    }

    @Override
    public void warning(SAXParseException exception) {}

    @Override
    public void error(SAXParseException exception) throws SAXException {
        if (findings == null) {
            throw exception;
        }
        if (findings.size() == IntakeInspector.MAX_XSD_ERRORS) {
            throw new TooManyErrors();
        }
        findings.add(
                IntakeInspector.format("XSD", IntakeInspector.position(exception) + ": " + exception.getMessage()));
    }

    @Override
    public void fatalError(SAXParseException exception) throws SAXException {
        if (findings != null) {
            error(exception);
        }
        throw exception;
    }
}
