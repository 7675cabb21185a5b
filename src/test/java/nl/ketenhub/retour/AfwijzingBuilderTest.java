package nl.ketenhub.retour;

import static nl.ketenhub.retour.XmlFixtures.validate;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;
import org.xmlunit.assertj3.XmlAssert;

class AfwijzingBuilderTest {

    private static final Path XSD = Path.of("schemas/hub/afwijzing.xsd");
    private static final Map<String, String> NS = Map.of("h", "urn:ketenhub:afwijzing:v1");

    private final AfwijzingBuilder builder =
            new AfwijzingBuilder(Clock.fixed(Instant.parse("2026-04-01T10:15:30Z"), ZoneOffset.UTC));

    private final List<Finding> findings = List.of(
            Finding.policy(
                    "HUB-CONTRACT",
                    "Aanbieder has no contract for category 55",
                    "Client/ToegewezenProducten/ToegewezenProduct[1]"),
            Finding.format("XSD", "cvc-pattern-valid: Afzender"),
            Finding.crossMessage(
                    "TR332", "9332", "ToewijzingNummer reused", "Client/ToegewezenProducten/ToegewezenProduct[2]"));

    @Test
    void afwijzingValidatesAndCarriesEveryFinding() throws Exception {
        BerichtHeader header = new BerichtHeader(
                BerichtType.JW301, "0384", "42420001", "123456789012", LocalDate.of(2026, 4, 1), "1.0.0", "1.0.0");

        byte[] xml = builder.build("msg-42", header, findings);

        validate(xml, XSD);
        String s = new String(xml, StandardCharsets.UTF_8);
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .valueByXPath("/h:Afwijzing/h:BerichtId")
                .isEqualTo("msg-42");
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .valueByXPath("/h:Afwijzing/h:BerichtCode")
                .isEqualTo("436");
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .valueByXPath("/h:Afwijzing/h:Tijdstip")
                .isEqualTo("2026-04-01T12:15:30+02:00");
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .nodesByXPath("/h:Afwijzing/h:Bevinding/h:Regel")
                .extractingText()
                .containsExactly("HUB-CONTRACT", "XSD", "TR332");
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .nodesByXPath("/h:Afwijzing/h:Bevinding/h:Niveau")
                .extractingText()
                .containsExactly("5", "1", "3");
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .valueByXPath("/h:Afwijzing/h:Bevinding[3]/h:RetourCode")
                .isEqualTo("9332");
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .nodesByXPath("/h:Afwijzing/h:Bevinding[2]/h:Pad")
                .doNotExist();
    }

    @Test
    void afwijzingWithoutHeaderValidates() throws Exception {
        byte[] xml = builder.build("msg-43", null, findings.subList(1, 2));

        validate(xml, XSD);
        XmlAssert.assertThat(new String(xml, StandardCharsets.UTF_8))
                .withNamespaceContext(NS)
                .nodesByXPath("/h:Afwijzing/h:Afzender")
                .doNotExist();
    }

    @Test
    void afwijzingNeedsAFinding() {
        assertThatThrownBy(() -> builder.build("msg-44", null, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
