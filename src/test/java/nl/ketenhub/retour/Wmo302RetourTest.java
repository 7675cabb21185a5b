package nl.ketenhub.retour;

import static nl.ketenhub.retour.XmlFixtures.IWMO;
import static nl.ketenhub.retour.XmlFixtures.parse;
import static nl.ketenhub.retour.XmlFixtures.validate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.xmlunit.assertj3.XmlAssert;

/**
 * The iWmo retour XSDs are not published in ../shared; the project writes its own
 * schemas/iwmo/wmo302.xsd. This test validates against that file and is skipped while it is absent.
 */
class Wmo302RetourTest {

    private static final Path WMO302_XSD = Path.of("schemas/iwmo/wmo302.xsd");
    private static final Map<String, String> NS =
            Map.of("r", BerichtType.WMO302.namespace(), "b", "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema");

    private final RetourBuilder builder = new RetourBuilder(
            Clock.fixed(Instant.parse("2026-04-02T10:00:00Z"), ZoneOffset.UTC),
            new RetourProperties("1.0.0", "1.0.0", "1.0.0"));

    @Test
    void wmo302WithTr332OnFirstProductValidatesAgainstProjectSchema() throws Exception {
        Assumptions.assumeTrue(Files.exists(WMO302_XSD), "schemas/iwmo/wmo302.xsd not in this tree yet");
        Finding tr332 = Finding.crossMessage(
                "TR332", "9332", "ToewijzingNummer reused", "Client/ToegewezenProducten/ToegewezenProduct[1]");

        byte[] xml = builder.toBytes(builder.build(
                parse(IWMO.resolve("berichten/WMO301.xml")),
                BerichtType.WMO301,
                List.of(tr332),
                "RET-WMO",
                "1.0.0",
                "1.0.0"));

        validate(xml, WMO302_XSD);
        String s = new String(xml, StandardCharsets.UTF_8);
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .valueByXPath("/r:Bericht/r:Header/r:BerichtCode")
                .isEqualTo("415");
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .valueByXPath(
                        "/r:Bericht/r:Client/r:ToegewezenProducten/r:ToegewezenProduct[1]/r:RetourCodes/r:RetourCode")
                .isEqualTo("9332");
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .valueByXPath("/r:Bericht/r:Header/r:XsdVersie/b:BerichtXsdVersie")
                .isEqualTo("1.0.0");
    }

    @Test
    void wmo302WithoutFindingsUsesWmoNamespaces() throws Exception {
        byte[] xml = builder.toBytes(builder.build(
                parse(IWMO.resolve("berichten/WMO301.xml")),
                BerichtType.WMO301,
                List.of(),
                "RET-WMO",
                "1.0.0",
                "1.0.0"));

        String s = new String(xml, StandardCharsets.UTF_8);
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .valueByXPath("/r:Bericht/r:Header/r:BerichtIdentificatie/b:Identificatie")
                .isNotEmpty();
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .nodesByXPath("//r:RetourCodes")
                .doNotExist();
    }
}
