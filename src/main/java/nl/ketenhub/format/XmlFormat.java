package nl.ketenhub.format;

import org.springframework.stereotype.Component;

/** The standard itself: iWmo/iJw 3.2 XML passes unchanged in both directions. */
@Component
class XmlFormat implements MessageFormat {

    static final String NAME = "XML";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public byte[] toStandard(byte[] payload) {
        return payload;
    }

    @Override
    public byte[] fromStandard(byte[] xml) {
        return xml;
    }
}
