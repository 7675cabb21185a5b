package nl.ketenhub.spreadsheet;

import static nl.ketenhub.spreadsheet.Sheets.HEADER_305;
import static nl.ketenhub.spreadsheet.Sheets.HEADER_307;
import static nl.ketenhub.spreadsheet.Sheets.HEADER_315;
import static nl.ketenhub.spreadsheet.Sheets.HEADER_323;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import nl.ketenhub.bericht.BerichtType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message built from rows validates against the published 3.2 XSD of its standard. */
class MessageWriterTest {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden");
    private static final String A = "999911120";
    private static final String B = "999911089";

    static Stream<Arguments> uploads() {
        return Stream.of("JW", "WMO")
                .flatMap(s -> Stream.of(
                        Arguments.of(
                                s,
                                HEADER_305,
                                List.of(Sheets.start(s, A, 1, "2026-04-03"), Sheets.start(s, A, 2, "2026-04-05"))),
                        Arguments.of(s, HEADER_307, List.of(Sheets.stop(s, A, 1, "02"))),
                        Arguments.of(
                                s, HEADER_315, List.of(Sheets.verzoek(s, B, "REF-1"), Sheets.verzoek(s, B, "REF-2"))),
                        Arguments.of(
                                s,
                                HEADER_323,
                                List.of(
                                        Sheets.prestatie(s, "D1", A, "R1", 11),
                                        Sheets.prestatie(s, "D1", B, "R2", 12),
                                        Sheets.prestatie(s, "D1", A, "R3", 13).replace(",50;D", ",50;C")))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("uploads")
    void theBuiltMessageValidatesAgainstThePublishedXsd(String standaard, String header, List<String> rows)
            throws Exception {
        RowParser.Result parsed = RowParser.parse(Sheets.table(header, rows.toArray(String[]::new)));
        assertThat(parsed.errors()).isEmpty();
        Grouping.Group group =
                Grouping.group(parsed.layout(), parsed.rows()).groups().get(0);

        byte[] xml = MessageWriter.write(
                group,
                new MessageWriter.Envelope("42420001", "UPL000000001", LocalDate.of(2026, 5, 2), "1.0.0", "1.0.0"));

        BerichtType type = group.type();
        Path xsd = SHARED.resolve(type.standaard().folder() + "/3.2/xsd/" + type.schemaName() + ".xsd");
        var validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(xsd.toFile())
                .newValidator();
        assertThatCode(() -> validator.validate(new StreamSource(new ByteArrayInputStream(xml))))
                .doesNotThrowAnyException();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("<" + type.schemaName() + ":Bericht")
                .contains(">" + type.berichtCode() + "<")
                .contains(">UPL000000001<")
                .contains(">0384<");
    }

    static Stream<Arguments> declaraties() {
        return uploads().filter(a -> a.get()[1].equals(HEADER_323));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declaraties")
    void theDeclaratieTotalIsDebitMinusCredit(String standaard, String header, List<String> rows) {
        RowParser.Result parsed = RowParser.parse(Sheets.table(header, rows.toArray(String[]::new)));
        Grouping.Group group =
                Grouping.group(parsed.layout(), parsed.rows()).groups().get(0);

        String xml = new String(
                MessageWriter.write(
                        group,
                        new MessageWriter.Envelope("42420001", "UPL1", LocalDate.of(2026, 5, 2), "1.0.0", "1.0.0")),
                StandardCharsets.UTF_8);

        // three prestaties of 10 × € 45,50: two debit, one credit
        assertThat(xml).containsPattern("TotaalBedrag>45500<").containsPattern("Bedrag>45500<");
        assertThat(xml.indexOf(A)).isLessThan(xml.indexOf(B));
    }
}
