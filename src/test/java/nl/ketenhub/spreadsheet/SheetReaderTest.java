package nl.ketenhub.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An XLSX workbook (header on row 1, an empty row 2, data on row 3) reads as the same table as the CSV a provider would have saved. */
class SheetReaderTest {

    @Test
    void anXlsxRowReadsLikeItsCsvRow() throws Exception {
        String csvRow = "JW305;0384;999911120;2010-02-14;1;Wit;de;T;500123;55;55A11;2026-04-01;2026-04-03;1";
        Table fromCsv = Sheets.table(Sheets.HEADER_305, csvRow);

        Table fromXlsx = SheetReader.xlsx(Sheets.xlsx(Sheets.HEADER_305, 2, Sheets.startCells("999911120", 500123)));

        assertThat(fromXlsx.header()).isEqualTo(fromCsv.header());
        assertThat(fromXlsx.lines()).hasSize(1);
        assertThat(fromXlsx.lines().get(0).row()).isEqualTo(3);
        RowParser.Result parsed = RowParser.parse(fromXlsx);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows().get(0).values())
                .isEqualTo(RowParser.parse(fromCsv).rows().get(0).values());
    }

    @Test
    void somethingThatIsNoWorkbookIsRefusedWithAReason() {
        assertThatThrownBy(() -> SheetReader.xlsx("bericht;gemeente".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SheetException.class)
                .hasMessageContaining("XLSX-bestand is niet te lezen");
    }
}
