package nl.ketenhub.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.regie.RegieContext.BekendeToewijzing;
import nl.ketenhub.retour.RetourBuilder;
import nl.ketenhub.retour.RetourProperties;
import org.junit.jupiter.api.Test;
import org.xmlunit.assertj3.XmlAssert;

/**
 * Golden files: a published sample plus a prior state → the 306/308 the aanbieder gets, built as the
 * handler builds it (level 3 findings → RetourBuilder) with a fixed clock and IdentificatieRetour.
 * iJw retours are validated against the published XSDs, iWmo ones against schemas/iwmo.
 */
class RegieGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/regie");
    private static final String AANBIEDER = "65656055";
    private static final Long CLIENT = 1L;

    private final RetourBuilder builder = new RetourBuilder(
            Clock.fixed(Instant.parse("2026-07-21T08:00:00Z"), ZoneOffset.UTC),
            new RetourProperties("1.0.0", "1.0.0", "1.0.0"));
    private final RegieStateChecks checks = new RegieStateChecks();

    @Test
    void jw306With9019OnAStartOfAnUnknownToewijzing() throws Exception {
        InboundBericht jw305 = RegieSamples.inbound("ijw/3.2/berichten/JW305.xml");
        Startbericht start = new Start305Translator(RegieSamples.unmarshaller()).translate(jw305);
        RegieContext context =
                new RegieContext(CLIENT, RegieState.replay(List.of()), Map.of(300201L, delivered())); // 300202 unknown

        List<Finding> findings = checks.check(start, context);

        assertThat(findings).extracting(Finding::retourCode).containsExactly("9019");
        byte[] retour = retour(jw305, findings, "RET306TR019");
        validate(retour, RegieSamples.SHARED.resolve("ijw/3.2/xsd/jw306.xsd"));
        assertGolden(retour, "jw306-tr019.xml");
    }

    @Test
    void jw308With9069OnAStopThatMatchesNoCurrentStart() throws Exception {
        InboundBericht jw307 = RegieSamples.inbound("ijw/3.2/berichten/JW307.xml");
        Stopbericht stop = new Stop307Translator(RegieSamples.unmarshaller()).translate(jw307);
        RegieState state = RegieState.replay(List.of(
                startOf(300201L, "55A11", LocalDate.of(2026, 4, 3)),
                startOf(300202L, "55A12", LocalDate.of(2026, 4, 10)))); // the stop names 2026-04-15
        RegieContext context = new RegieContext(CLIENT, state, Map.of(300201L, delivered(), 300202L, delivered()));

        List<Finding> findings = checks.check(stop, context);

        assertThat(findings).extracting(Finding::retourCode).containsExactly("9069");
        byte[] retour = retour(jw307, findings, "RET308TR382");
        validate(retour, RegieSamples.SHARED.resolve("ijw/3.2/xsd/jw308.xsd"));
        assertGolden(retour, "jw308-tr382.xml");
    }

    @Test
    void wmo306With9019ValidatesAgainstOurIwmoSchema() throws Exception {
        InboundBericht wmo305 = RegieSamples.inbound("iwmo/3.2/berichten/WMO305.xml");
        Startbericht start = new Start305Translator(RegieSamples.unmarshaller()).translate(wmo305);

        List<Finding> findings = checks.check(start, new RegieContext(null, RegieState.replay(List.of()), Map.of()));

        assertThat(findings).extracting(Finding::retourCode).containsExactly("9019", "9019");
        byte[] retour = retour(wmo305, findings, "RETWMO306");
        validate(retour, Path.of("schemas/iwmo/wmo306.xsd"));
        assertThat(new String(retour, StandardCharsets.UTF_8))
                .contains("<wmo306:BerichtCode>419</wmo306:BerichtCode>")
                .contains(">9019<");
    }

    private static BekendeToewijzing delivered() {
        return new BekendeToewijzing(CLIENT, AANBIEDER, true, false);
    }

    private static StartProduct startOf(long nummer, String code, LocalDate begin) {
        return new StartProduct(nummer, new Product("55", code), LocalDate.of(2026, 4, 1), begin, "1");
    }

    private byte[] retour(InboundBericht heen, List<Finding> findings, String identificatieRetour) {
        return builder.toBytes(
                builder.build(heen.document(), heen.type(), findings, identificatieRetour, "1.0.0", "1.0.0"));
    }

    private static void assertGolden(byte[] actual, String name) throws Exception {
        String expected = Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
        XmlAssert.assertThat(new String(actual, StandardCharsets.UTF_8))
                .and(expected)
                .ignoreWhitespace()
                .areIdentical();
    }

    private static void validate(byte[] xml, Path xsd) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(xsd.toAbsolutePath().toUri().toString()))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
