package nl.ketenhub.retour;

import static nl.ketenhub.retour.XmlFixtures.IJW;
import static nl.ketenhub.retour.XmlFixtures.parse;
import static nl.ketenhub.retour.XmlFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xmlunit.assertj3.XmlAssert;

class RetourBuilderTest {

    private static final String PRODUCT_2 = "Client/ToegewezenProducten/ToegewezenProduct[2]";
    private static final Map<String, String> NS =
            Map.of("r", BerichtType.JW302.namespace(), "b", "http://www.istandaarden.nl/ijw/3_2/basisschema/schema");

    /** 22:30 UTC on 1 April is already 2 April in Amsterdam. */
    private final RetourBuilder builder = new RetourBuilder(
            Clock.fixed(Instant.parse("2026-04-01T22:30:00Z"), ZoneOffset.UTC),
            new RetourProperties("1.0.0", "1.0.0", "1.0.0"));

    @Test
    void jw302WithoutFindingsIsHeaderOnlyWithoutRetourCodes() throws Exception {
        byte[] xml = jw302(List.of());

        validate(xml, IJW.resolve("xsd/jw302.xsd"));
        XmlAssert.assertThat(text(xml))
                .withNamespaceContext(NS)
                .valueByXPath("/r:Bericht/r:Header/r:BerichtCode")
                .isEqualTo("437");
        XmlAssert.assertThat(text(xml))
                .withNamespaceContext(NS)
                .nodesByXPath("//r:RetourCodes")
                .doNotExist();
        XmlAssert.assertThat(text(xml))
                .withNamespaceContext(NS)
                .nodesByXPath("/r:Bericht/r:Client")
                .doNotExist();
        XmlAssert.assertThat(text(xml))
                .withNamespaceContext(NS)
                .nodesByXPath("//r:XsltVersie")
                .doNotExist();
    }

    @Test
    void jw302CopiesHeaderWithoutSwappingAndAddsRetourElements() throws Exception {
        String xml = text(jw302(List.of()));

        XmlAssert.assertThat(xml)
                .withNamespaceContext(NS)
                .valueByXPath("/r:Bericht/r:Header/r:Afzender")
                .isEqualTo("0384");
        XmlAssert.assertThat(xml)
                .withNamespaceContext(NS)
                .valueByXPath("/r:Bericht/r:Header/r:Ontvanger")
                .isEqualTo("42420001");
        XmlAssert.assertThat(xml)
                .withNamespaceContext(NS)
                .valueByXPath("/r:Bericht/r:Header/r:BerichtIdentificatie/b:Identificatie")
                .isEqualTo("123456789012");
        XmlAssert.assertThat(xml)
                .withNamespaceContext(NS)
                .valueByXPath("/r:Bericht/r:Header/r:IdentificatieRetour")
                .isEqualTo("RET-0001");
        XmlAssert.assertThat(xml)
                .withNamespaceContext(NS)
                .valueByXPath("/r:Bericht/r:Header/r:DagtekeningRetour")
                .isEqualTo("2026-04-02");
        XmlAssert.assertThat(xml)
                .withNamespaceContext(NS)
                .valueByXPath("/r:Bericht/r:Header/r:XsdVersieRetour/b:BerichtXsdVersie")
                .isEqualTo("1.0.0");
    }

    @Test
    void jw302WithContentFindingIsHeaderOnlyWith0001AndXsltVersie() throws Exception {
        byte[] xml = jw302(List.of(Finding.content("CD041", "no Omvang", PRODUCT_2)));

        validate(xml, IJW.resolve("xsd/jw302.xsd"));
        assertCode(text(xml), "/r:Bericht/r:Header/r:RetourCodes", "0001");
        XmlAssert.assertThat(text(xml))
                .withNamespaceContext(NS)
                .valueByXPath("/r:Bericht/r:Header/r:XsltVersie")
                .isEqualTo("1.0.0");
        XmlAssert.assertThat(text(xml))
                .withNamespaceContext(NS)
                .nodesByXPath("/r:Bericht/r:Client")
                .doNotExist();
    }

    @Test
    void jw302WithTr332OnSecondProductMirrorsClientWithCodesPerClass() throws Exception {
        byte[] xml = jw302(List.of(Finding.crossMessage("TR332", "9332", "ToewijzingNummer reused", PRODUCT_2)));

        validate(xml, IJW.resolve("xsd/jw302.xsd"));
        String s = text(xml);
        assertCode(s, "/r:Bericht/r:Header/r:RetourCodes", "0200");
        assertCode(s, "/r:Bericht/r:Client/r:RetourCodes", "0200");
        assertCode(s, "/r:Bericht/r:Client/r:Relaties/r:Relatie[1]/r:RetourCodes", "0200");
        assertCode(s, "/r:Bericht/r:Client/r:Relaties/r:Relatie[2]/r:Contact/r:RetourCodes", "0200");
        assertCode(s, "/r:Bericht/r:Client/r:Contactgegevens/r:Contact[2]/r:RetourCodes", "0200");
        assertCode(s, "/r:Bericht/r:Client/r:ToegewezenProducten/r:ToegewezenProduct[1]/r:RetourCodes", "0200");
        assertCode(s, "/r:Bericht/r:Client/r:ToegewezenProducten/r:ToegewezenProduct[2]/r:RetourCodes", "9332");
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .nodesByXPath("//r:RetourCodes")
                .hasSize(10);
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .nodesByXPath("//r:ToegewezenProduct/*[last()][local-name()='RetourCodes']")
                .hasSize(2);
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .valueByXPath("/r:Bericht/r:Client/r:ToegewezenProducten/r:ToegewezenProduct[2]/r:Product/b:Code")
                .isEqualTo("55A12");
        XmlAssert.assertThat(s)
                .withNamespaceContext(NS)
                .valueByXPath("/r:Bericht/r:Client/r:Bsn")
                .isEqualTo("999900006");
    }

    @Test
    void jw302FindingOnClientMarksClassesBelowAsNotAssessed() throws Exception {
        byte[] xml = jw302(List.of(
                Finding.crossMessage("TR304", "8187", "unknown client", "Client"),
                Finding.external("TR378", "S300", "unknown gemeente", "Client")));

        validate(xml, IJW.resolve("xsd/jw302.xsd"));
        String s = text(xml);
        assertCode(s, "/r:Bericht/r:Client/r:RetourCodes", "8187", "S300");
        assertCode(s, "/r:Bericht/r:Client/r:ToegewezenProducten/r:ToegewezenProduct[1]/r:RetourCodes", "0233");
        assertCode(s, "/r:Bericht/r:Client/r:Relaties/r:Relatie[1]/r:Contact/r:RetourCodes", "0233");
    }

    @Test
    void jw302WithHeaderFindingIsHeaderOnlyWithThatCode() throws Exception {
        byte[] xml = jw302(List.of(Finding.external("TR135", "8848", "Dagtekening in the future", "Header")));

        validate(xml, IJW.resolve("xsd/jw302.xsd"));
        assertCode(text(xml), "/r:Bericht/r:Header/r:RetourCodes", "8848");
        XmlAssert.assertThat(text(xml))
                .withNamespaceContext(NS)
                .nodesByXPath("/r:Bericht/r:Client")
                .doNotExist();
    }

    @Test
    void jw302IgnoresFormatAndPolicyFindings() throws Exception {
        byte[] xml =
                jw302(List.of(Finding.policy("HUB-CONTRACT", "no contract", PRODUCT_2), Finding.format("XSD", "bad")));

        XmlAssert.assertThat(text(xml))
                .withNamespaceContext(NS)
                .nodesByXPath("//r:RetourCodes")
                .doNotExist();
    }

    @Test
    void toBytesWritesUtf8WithDeclarationWithoutBom() throws Exception {
        byte[] xml = jw302(List.of());

        assertThat(xml[0]).isEqualTo((byte) '<');
        assertThat(text(xml))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"")
                .contains("\r\n");
    }

    @Test
    void rejectsHeenberichtWithoutRetour() throws Exception {
        Document jw301 = parse(IJW.resolve("berichten/JW301.xml"));
        assertThatThrownBy(() -> builder.build(jw301, BerichtType.JW323, List.of(), "R", "1.0.0", "1.0.0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsHeenberichtOfAnotherType() throws Exception {
        Document jw301 = parse(IJW.resolve("berichten/JW301.xml"));
        assertThatThrownBy(() -> builder.build(jw301, BerichtType.WMO301, List.of(), "R", "1.0.0", "1.0.0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jw306WithTr019OnFirstStartProduct() throws Exception {
        Document jw305 = parse(IJW.resolve("berichten/JW305.xml"));
        Finding tr019 =
                Finding.crossMessage("TR019", "9019", "no such toewijzing", "Client/StartProducten/StartProduct[1]");

        byte[] xml =
                builder.toBytes(builder.build(jw305, BerichtType.JW305, List.of(tr019), "RET-306", "1.0.0", "1.0.0"));

        validate(xml, IJW.resolve("xsd/jw306.xsd"));
        Map<String, String> ns = Map.of("r", BerichtType.JW306.namespace());
        String s = text(xml);
        XmlAssert.assertThat(s)
                .withNamespaceContext(ns)
                .valueByXPath("/r:Bericht/r:Header/r:BerichtCode")
                .isEqualTo("439");
        XmlAssert.assertThat(s)
                .withNamespaceContext(ns)
                .valueByXPath("/r:Bericht/r:Header/r:RetourCodes/r:RetourCode")
                .isEqualTo("0200");
        XmlAssert.assertThat(s)
                .withNamespaceContext(ns)
                .valueByXPath("/r:Bericht/r:Client/r:RetourCodes/r:RetourCode")
                .isEqualTo("0200");
        XmlAssert.assertThat(s)
                .withNamespaceContext(ns)
                .valueByXPath("/r:Bericht/r:Client/r:StartProducten/r:StartProduct[1]/r:RetourCodes/r:RetourCode")
                .isEqualTo("9019");
        XmlAssert.assertThat(s)
                .withNamespaceContext(ns)
                .valueByXPath("/r:Bericht/r:Client/r:StartProducten/r:StartProduct[2]/r:RetourCodes/r:RetourCode")
                .isEqualTo("0200");
    }

    private byte[] jw302(List<Finding> findings) throws Exception {
        Document jw301 = parse(IJW.resolve("berichten/JW301.xml"));
        return builder.toBytes(builder.build(jw301, BerichtType.JW301, findings, "RET-0001", "1.0.0", "1.0.0"));
    }

    private static void assertCode(String xml, String retourCodesXpath, String... codes) {
        XmlAssert.assertThat(xml)
                .withNamespaceContext(NS)
                .nodesByXPath(retourCodesXpath + "/r:RetourCode")
                .extractingText()
                .containsExactly(codes);
    }

    private static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
