package nl.ketenhub.format;

import org.springframework.stereotype.Component;

/**
 * The hub's JSON form of the standard messages: JSON to canonical to standard XML on the way in,
 * standard XML to canonical to JSON on the way out. The worked example of a {@link MessageFormat}.
 */
@Component
class JsonFormat implements MessageFormat {

    private final XmlTranslators translators;
    private final JsonForm json;

    JsonFormat(XmlTranslators translators) {
        this.translators = translators;
        this.json = new JsonForm(translators);
    }

    @Override
    public String name() {
        return "JSON";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public byte[] toStandard(byte[] payload) {
        return translators.toXml(json.read(payload));
    }

    @Override
    public byte[] fromStandard(byte[] xml) {
        return json.write(translators.toCanonical(xml));
    }
}
