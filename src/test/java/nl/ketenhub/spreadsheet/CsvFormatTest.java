package nl.ketenhub.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ketenhub.format.MessageFormat;
import nl.ketenhub.format.UntranslatableException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * What an aanbieder on {@code format: CSV} reads: the published samples, read in place, as CSV. A
 * 301 one row per toegewezen product, a retour one row per class with retourcodes (their meaning
 * in the report's Dutch), every other message the standard XML unchanged.
 */
class CsvFormatTest {

    private static final Path BERICHTEN =
            Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden", "ijw", "3.2", "berichten");
    private static final Path WMO =
            Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden", "iwmo", "3.2", "berichten");

    private final CsvFormat format = new CsvFormat();

    @Test
    void aJw301IsOneRowPerToegewezenProduct() {
        MessageFormat.Rendered rendered = format.render(sample(BERICHTEN.resolve("JW301.xml")));

        assertThat(rendered.fileExtension()).isEqualTo("csv");
        assertThat(rendered.mediaType()).startsWith("text/csv");
        List<CSVRecord> rows = rows(rendered, ToewijzingCsv.HEADER);
        assertThat(rows).hasSize(2);
        CSVRecord first = rows.get(0);
        assertThat(first.get("bericht")).isEqualTo("JW301");
        assertThat(first.get("gemeente")).isEqualTo("0384");
        assertThat(first.get("identificatie")).isEqualTo("123456789012");
        assertThat(first.get("bsn")).isEqualTo("999900006");
        assertThat(first.get("geboortedatum")).isEqualTo("2010-02-14");
        assertThat(first.get("achternaam")).isEqualTo("Wit");
        assertThat(first.get("voorvoegsel")).isEqualTo("de");
        assertThat(first.get("toewijzingnummer")).isEqualTo("300201");
        assertThat(first.get("referentieaanbieder")).isEqualTo("40A12341234");
        assertThat(first.get("productcategorie")).isEqualTo("55");
        assertThat(first.get("productcode")).isEqualTo("55A11");
        assertThat(first.get("toewijzingingangsdatum")).isEqualTo("2026-04-01");
        assertThat(first.get("einddatum")).isEqualTo("2026-07-14");
        assertThat(first.get("volume")).isEqualTo("2");
        assertThat(first.get("eenheid")).isEqualTo("04");
        assertThat(first.get("frequentie")).isEqualTo("2");
        assertThat(first.get("budget")).isEmpty();
        assertThat(first.get("commentaar")).isEqualTo("Commentaar Toegewezen Product 1");
        assertThat(rows.get(1).get("toewijzingnummer")).isEqualTo("300202");
        assertThat(rows.get(1).get("productcode")).isEqualTo("55A12");
        assertThat(rows.get(1).get("eenheid")).isEqualTo("16");
        assertThat(rows.get(1).get("bsn")).isEqualTo("999900006");
    }

    @Test
    void aWmo301HasTheSameColumns() {
        String xml = new String(sample(WMO.resolve("WMO301.xml")), StandardCharsets.UTF_8);
        int products = (xml.split(":ToegewezenProduct>", -1).length - 1) / 2;

        List<CSVRecord> rows = rows(format.render(xml.getBytes(StandardCharsets.UTF_8)), ToewijzingCsv.HEADER);

        assertThat(rows).hasSize(products);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("bericht")).isEqualTo("WMO301");
            assertThat(row.get("toewijzingnummer")).isNotEmpty();
            assertThat(row.get("bsn")).startsWith("9999");
        });
    }

    @Test
    void aJw306WithAHeaderCodeIsOneRowWithItsMeaning() {
        List<CSVRecord> rows = rows(format.render(sample(BERICHTEN.resolve("JW306.xml"))), RetourCsv.HEADER);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("bericht")).isEqualTo("JW306");
        assertThat(rows.get(0).get("heenbericht")).isEqualTo("7ae60051-e0f");
        assertThat(rows.get(0).get("klasse")).isEqualTo("Header");
        assertThat(rows.get(0).get("retourcodes")).isEqualTo("8848");
        assertThat(rows.get(0).get("toelichting")).isEqualTo("8848: " + Retourcodes.meaning("8848"));
    }

    @Test
    void aRetourWithoutCodesIsOneRowSayingItWasApproved() {
        String xml = new String(sample(BERICHTEN.resolve("JW306.xml")), StandardCharsets.UTF_8)
                .replaceAll("(?s)<jw306:RetourCodes>.*</jw306:RetourCodes>", "");

        List<CSVRecord> rows = rows(format.render(xml.getBytes(StandardCharsets.UTF_8)), RetourCsv.HEADER);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("retourcodes")).isEmpty();
        assertThat(rows.get(0).get("toelichting")).isEqualTo(RetourCsv.GOEDGEKEURD);
    }

    @Test
    void aJw316NamesTheRequestedProductByItsReferentie() {
        List<CSVRecord> rows = rows(format.render(sample(BERICHTEN.resolve("JW316.xml"))), RetourCsv.HEADER);

        CSVRecord product = rows.stream()
                .filter(r -> r.get("klasse").equals("Client/AangevraagdeProducten/AangevraagdProduct[1]"))
                .findFirst()
                .orElseThrow();
        assertThat(product.get("bsn")).isEqualTo("999900006");
        assertThat(product.get("referentie")).isEqualTo("42420001");
        assertThat(product.get("retourcodes")).isEqualTo("9347");
        assertThat(product.get("toelichting")).isEqualTo("9347: " + Retourcodes.meaning("9347"));
    }

    @Test
    void aJw325HasARowPerClassWithCodes() {
        String xml = new String(sample(BERICHTEN.resolve("JW325.xml")), StandardCharsets.UTF_8);
        int lists = xml.split("<jw325:RetourCodes>", -1).length - 1;

        List<CSVRecord> rows = rows(format.render(xml.getBytes(StandardCharsets.UTF_8)), RetourCsv.HEADER);

        assertThat(rows).hasSize(lists);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("heenbericht")).isEqualTo("765432198"));
        CSVRecord second = rows.stream()
                .filter(r -> r.get("klasse").equals("DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[2]"))
                .findFirst()
                .orElseThrow();
        assertThat(second.get("bsn")).isEqualTo("999900006");
        assertThat(second.get("toewijzingnummer")).isEqualTo("10073");
        assertThat(second.get("referentie")).isEqualTo("RN002");
        assertThat(second.get("retourcodes")).isEqualTo("9339 9340 9341");
        assertThat(second.get("toelichting"))
                .isEqualTo("9339: " + Retourcodes.meaning("9339") + "; 9340: " + Retourcodes.meaning("9340")
                        + "; 9341: " + Retourcodes.meaning("9341"));
        assertThat(rows.stream().filter(r -> r.get("klasse").equals("DeclaratieAntwoord")))
                .singleElement()
                .satisfies(r -> assertThat(r.get("referentie")).isEqualTo("DN001"));
    }

    @Test
    void aMessageWithoutACsvFormIsDeliveredAsTheStandardXml() {
        byte[] xml = sample(BERICHTEN.resolve("JW319.xml"));

        MessageFormat.Rendered rendered = format.render(xml);

        assertThat(rendered.body()).isEqualTo(xml);
        assertThat(rendered.fileExtension()).isEqualTo("xml");
        assertThat(rendered.mediaType()).isEqualTo("application/xml");
    }

    @Test
    void aSingleMessageInCsvIsNotTaken() {
        assertThatThrownBy(() -> format.toStandard("bericht;gemeente\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UntranslatableException.class)
                .hasMessageContaining("/api/uploads");
    }

    private static List<CSVRecord> rows(MessageFormat.Rendered rendered, String[] header) {
        String csv = new String(rendered.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith(String.join(";", header) + "\r\n");
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(csv))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sample(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
