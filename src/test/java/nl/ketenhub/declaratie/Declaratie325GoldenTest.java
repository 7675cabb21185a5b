package nl.ketenhub.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Inspection;
import nl.ketenhub.bericht.IntakeInspector;
import nl.ketenhub.bericht.IntakeProperties;
import nl.ketenhub.bericht.SchemaCatalog;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.canonical.Uitvoeringsvariant;
import nl.ketenhub.partner.Contract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xmlunit.assertj3.XmlAssert;

/**
 * Golden files: a 323 (src/test/resources/golden/declaratie/NAME-323.xml) and the prior state below
 * give exactly NAME-325.xml, which validates against the published jw325.xsd. Prior state: client
 * 999900006 with toewijzing 1001 (55A11, 2026, 2 hours a week) and 1002 (55A12, 2026, 1 hour a
 * week); client 999900018 with toewijzing 1003 (55A11, 10-20 April 2026); contract tariff 1250 per
 * hour for 55A11 and 55A12.
 */
class Declaratie325GoldenTest {

    static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/declaratie");
    private static final Declaratie325Builder.Settings SETTINGS =
            new Declaratie325Builder.Settings("HUB325000001", LocalDate.of(2026, 5, 7), "1.0.0", "1.0.0", "1.0.0");

    private static IntakeInspector inspector;
    private static Declaratie323Translator translator;

    @BeforeAll
    static void compileOnce() throws Exception {
        inspector = new IntakeInspector(new SchemaCatalog(), new IntakeProperties(26_214_400));
        translator = new Declaratie323Translator(new BerichtUnmarshaller());
    }

    static Stand priorState() {
        Map<Long, Toewijzingstand> toewijzingen = new HashMap<>();
        toewijzingen.put(1001L, toewijzing(1001, 7L, "55A11", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 2));
        toewijzingen.put(1002L, toewijzing(1002, 7L, "55A12", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 1));
        toewijzingen.put(1003L, toewijzing(1003, 8L, "55A11", LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 20), 2));
        Contract contract = new Contract(
                "0384",
                "42420001",
                Standaard.IJW,
                "55",
                null,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31),
                Uitvoeringsvariant.INSPANNINGSGERICHT,
                1250L,
                "04");
        return new Stand(
                Map.of("999900006", 7L, "999900018", 8L),
                toewijzingen,
                Prestatielog.empty(),
                List.of(contract),
                false,
                null);
    }

    private static Toewijzingstand toewijzing(
            long nummer, Long client, String code, LocalDate ingang, LocalDate einde, long urenPerWeek) {
        return new Toewijzingstand(
                nummer,
                client,
                "42420001",
                new Versie(new Product("55", code), ingang, einde, null, new Omvang(urenPerWeek, "04", "2"), null),
                new ArrayList<>());
    }

    @ParameterizedTest
    @ValueSource(strings = {"approved", "over-volume", "outside-period"})
    void the325MatchesTheGoldenFileAndThePublishedXsd(String name) throws Exception {
        InboundBericht inbound = inbound(Files.readAllBytes(GOLDEN.resolve(name + "-323.xml")));
        Declaratiebericht bericht = translator.translate(inbound);
        List<Finding> findings = new Declaratie323Checks().check(bericht);
        assertThat(findings).isEmpty();
        findings = Beoordeling.judge(bericht, priorState());

        byte[] antwoord = Declaratie325Builder.build(bericht, findings, SETTINGS);

        validate(antwoord, SHARED.resolve("ijw/3.2/xsd/jw325.xsd"));
        XmlAssert.assertThat(new String(antwoord, StandardCharsets.UTF_8))
                .and(Files.readString(GOLDEN.resolve(name + "-325.xml")))
                .ignoreWhitespace()
                .areIdentical();
    }

    @Test
    void theForwarded323HoldsOnlyTheApprovedPrestatiesAndStillValidates() throws Exception {
        InboundBericht inbound = inbound(Files.readAllBytes(GOLDEN.resolve("over-volume-323.xml")));
        Declaratiebericht bericht = translator.translate(inbound);
        List<Finding> findings = Beoordeling.judge(bericht, priorState());

        byte[] forwarded = Doorsturen.reduced(inbound, bericht, Afwijzingen.of(bericht, findings));

        validate(forwarded, SHARED.resolve("ijw/3.2/xsd/jw323.xsd"));
        Declaratiebericht reduced = translator.translate(inbound(forwarded));
        assertThat(reduced.clienten()).singleElement().satisfies(client -> assertThat(client.prestaties())
                .extracting(Declaratiebericht.Prestatie::referentieNummer)
                .containsExactly("RNG2"));
        assertThat(reduced.signedTotaal()).isEqualTo(5000);
        assertThat(reduced.header()).isEqualTo(bericht.header());
        assertThat(new TR358().check(reduced)).isEmpty();
    }

    @Test
    void aFullyApproved323IsForwardedUnchanged() throws Exception {
        byte[] payload = Files.readAllBytes(GOLDEN.resolve("approved-323.xml"));
        InboundBericht inbound = inbound(payload);
        Declaratiebericht bericht = translator.translate(inbound);

        assertThat(Doorsturen.reduced(inbound, bericht, Afwijzingen.of(bericht, List.of())))
                .isSameAs(payload);
    }

    @Test
    void aLevel2FaultGivesAHeaderWith0001AndNoDeclaratieAntwoord() throws Exception {
        Declaratiebericht bericht = Declaraties.valid323().totaal(1, "D").build();
        List<Finding> findings = new Declaratie323Checks().check(bericht);

        String antwoord = new String(Declaratie325Builder.build(bericht, findings, SETTINGS), StandardCharsets.UTF_8);

        validate(antwoord.getBytes(StandardCharsets.UTF_8), SHARED.resolve("ijw/3.2/xsd/jw325.xsd"));
        XmlAssert.assertThat(antwoord)
                .withNamespaceContext(Map.of("jw", BerichtType.JW325.namespace()))
                .valueByXPath("//jw:Header/jw:RetourCodes/jw:RetourCode")
                .isEqualTo("0001");
        XmlAssert.assertThat(antwoord)
                .withNamespaceContext(Map.of("jw", BerichtType.JW325.namespace()))
                .doesNotHaveXPath("//jw:DeclaratieAntwoord");
        XmlAssert.assertThat(antwoord)
                .withNamespaceContext(Map.of("jw", BerichtType.JW325.namespace()))
                .valueByXPath("//jw:Header/jw:XsltVersie")
                .isEqualTo("1.0.0");
    }

    @Test
    void aDeclaratieFaultRejectsTheWholeDeclarationWithToegekendZero() throws Exception {
        Declaratiebericht bericht = Declaraties.valid323().build();
        Stand used = new Stand(Map.of("999900006", 7L), new HashMap<>(), Prestatielog.empty(), List.of(), true, null);

        String antwoord = new String(
                Declaratie325Builder.build(bericht, Beoordeling.judge(bericht, used), SETTINGS),
                StandardCharsets.UTF_8);

        Map<String, String> ns = Map.of("jw", BerichtType.JW325.namespace(), "b", Standaard.IJW.basisschemaNamespace());
        XmlAssert.assertThat(antwoord)
                .withNamespaceContext(ns)
                .valueByXPath("//jw:DeclaratieAntwoord/jw:RetourCodes/jw:RetourCode")
                .isEqualTo("9333");
        XmlAssert.assertThat(antwoord)
                .withNamespaceContext(ns)
                .valueByXPath("//jw:TotaalToegekendBedrag/b:TotaalBedrag")
                .isEqualTo("0");
        XmlAssert.assertThat(antwoord).withNamespaceContext(ns).doesNotHaveXPath("//jw:Clienten");
    }

    @Test
    void anUnknownClientGetsItsCodeAndAllItsPrestaties0233() throws Exception {
        Declaratiebericht bericht = Declaraties.of(Declaraties.debit("RN1"), Declaraties.debit("RN2"));
        Stand unknown = new Stand(Map.of(), new HashMap<>(), Prestatielog.empty(), List.of(), false, null);

        String antwoord = new String(
                Declaratie325Builder.build(bericht, Beoordeling.judge(bericht, unknown), SETTINGS),
                StandardCharsets.UTF_8);

        Map<String, String> ns = Map.of("jw", BerichtType.JW325.namespace());
        XmlAssert.assertThat(antwoord)
                .withNamespaceContext(ns)
                .valueByXPath("//jw:Client/jw:RetourCodes/jw:RetourCode")
                .isEqualTo("8187");
        XmlAssert.assertThat(antwoord)
                .withNamespaceContext(ns)
                .valueByXPath("count(//jw:Prestatie/jw:RetourCodes[jw:RetourCode='0233'])")
                .isEqualTo("2");
    }

    @Test
    void aWmo325UsesTheIwmoNamespacesAndValidatesAgainstOurSchema() throws Exception {
        Declaratiebericht bericht =
                Declaraties.valid323().type(BerichtType.WMO323).build();

        byte[] antwoord = Declaratie325Builder.build(bericht, List.of(), SETTINGS);

        validate(antwoord, Path.of("schemas/iwmo/wmo325.xsd"));
        String xml = new String(antwoord, StandardCharsets.UTF_8);
        assertThat(xml).contains(BerichtType.WMO325.namespace()).doesNotContain("/ijw/");
        XmlAssert.assertThat(xml)
                .withNamespaceContext(Map.of("w", BerichtType.WMO325.namespace()))
                .valueByXPath("//w:Header/w:BerichtCode")
                .isEqualTo("485");
    }

    private static InboundBericht inbound(byte[] payload) {
        Inspection inspection = inspector.inspect(payload);
        assertThat(inspection.findings()).isEmpty();
        return new InboundBericht(
                UUID.randomUUID(), "42420001", inspection.type(), inspection.header(), inspection.document(), payload);
    }

    static void validate(byte[] xml, Path xsd) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(new StreamSource(xsd.toAbsolutePath().toUri().toString()))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
