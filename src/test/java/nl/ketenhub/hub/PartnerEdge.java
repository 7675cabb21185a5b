package nl.ketenhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.ketenhub.format.Formats;
import nl.ketenhub.format.MessageFormat;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;

/**
 * The aanbieder's side of the lifecycle scenarios. A scenario writes and reads the standard XML;
 * when the hub's configuration puts aanbieder {@value #SCENARIO_AANBIEDER} on another format
 * (partners.yaml {@code format}: the JSON run of the scenario suite) what the scenario wrote is
 * sent in that form, and what the aanbieder receives must arrive in that form and is turned back
 * into the standard XML before the scenario's assertions. Other partners send and receive what the
 * scenario hands them (JsonScenarios plays the JSON aanbieder 42420002 itself). The test only
 * plays the partner's software, with the production translators; the hub's intake and delivery do
 * the real translation.
 */
final class PartnerEdge {

    /** The aanbieder of the scenario suite. */
    static final String SCENARIO_AANBIEDER = "42420001";

    private static final String QUEUE_PREFIX = "ketenhub.";
    private static final String OUT_SUFFIX = ".out";

    private final PartnerDirectory partners;
    private final Formats formats;

    PartnerEdge(PartnerDirectory partners, Formats formats) {
        this.partners = partners;
        this.formats = formats;
    }

    /** What a partner sends, in its format and with that format's media type. */
    record Outgoing(String body, String mediaType) {}

    /** The message the scenario wrote as the partner of this token would send it. */
    Outgoing sentWith(String token, String xml) {
        Optional<MessageFormat> format = partners.authenticateToken(token).flatMap(this::translating);
        if (format.isEmpty()) {
            return new Outgoing(xml, "application/xml");
        }
        byte[] own = format.get().fromStandard(xml.getBytes(StandardCharsets.UTF_8));
        return new Outgoing(
                new String(own, StandardCharsets.UTF_8), format.get().mediaType());
    }

    /**
     * The standard XML of what arrived on a partner's delivery queue ({@code ketenhub.<code>.out});
     * for a partner on another format, after checking that it arrived in that format.
     */
    String received(String queue, String text) {
        Optional<MessageFormat> format = receiverOf(queue).flatMap(this::translating);
        if (format.isEmpty()) {
            return text;
        }
        if ("JSON".equals(format.get().name())) {
            assertThat(text).as("a message on %s arrives as JSON", queue).startsWith("{");
        }
        return new String(format.get().toStandard(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /**
     * The standard XML of a payload the partner of the token read from the hub (GET
     * .../payload of a message addressed to it), after checking it came in the partner's media type.
     */
    String pulled(String token, String contentType, String body) {
        Optional<MessageFormat> format = partners.authenticateToken(token).flatMap(this::translating);
        String expected = format.map(MessageFormat::mediaType).orElse("application/xml");
        assertThat(contentType).as("the media type of a pulled message").startsWith(expected);
        return format.isEmpty()
                ? body
                : new String(format.get().toStandard(body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /** Whether the scenarios' aanbieder speaks another format than the standard XML in this hub. */
    boolean scenarioAanbiederTranslated() {
        return partners.find(SCENARIO_AANBIEDER).flatMap(this::translating).isPresent();
    }

    /**
     * The message arrived as sent: byte for byte in the standard XML; when the scenario's aanbieder
     * speaks another format the hub wrote the XML (or the aanbieder's form) itself, so it is the same
     * message: the same elements and values, whatever the prefixes and indentation.
     */
    void assertSameMessage(String actual, String expected) {
        if (!scenarioAanbiederTranslated()) {
            assertThat(actual).isEqualTo(expected);
            return;
        }
        HubTestSupport.assertSimilarXml(actual, expected);
    }

    private Optional<Partner> receiverOf(String queue) {
        if (!queue.startsWith(QUEUE_PREFIX) || !queue.endsWith(OUT_SUFFIX)) {
            return Optional.empty();
        }
        return partners.find(queue.substring(QUEUE_PREFIX.length(), queue.length() - OUT_SUFFIX.length()));
    }

    private Optional<MessageFormat> translating(Partner partner) {
        if (!SCENARIO_AANBIEDER.equals(partner.code())) {
            return Optional.empty();
        }
        MessageFormat format = formats.of(partner);
        return "XML".equals(format.name()) ? Optional.empty() : Optional.of(format);
    }
}
