package nl.ketenhub.spreadsheet;

import static nl.ketenhub.spreadsheet.Sheets.HEADER_305;
import static nl.ketenhub.spreadsheet.Sheets.HEADER_307;
import static nl.ketenhub.spreadsheet.Sheets.HEADER_315;
import static nl.ketenhub.spreadsheet.Sheets.HEADER_323;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ketenhub.bericht.BerichtType;
import org.junit.jupiter.api.Test;

/** Every kind of bad row is reported with its row and column, and then no row is returned. */
class RowParserTest {

    private static final String BSN = "999911120";

    @Test
    void aGoodRowIsNormalised() {
        RowParser.Result result = RowParser.parse(Sheets.table(
                HEADER_305, "JW305;384;" + BSN + ";14-02-2010;1;Wit;de;T;500123;55;55A11;2026-04-01;3-4-2026;"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.layout()).isEqualTo(Layout.START);
        SheetRow row = result.rows().get(0);
        assertThat(row.row()).isEqualTo(2);
        assertThat(row.type()).isEqualTo(BerichtType.JW305);
        assertThat(row.gemeente()).isEqualTo("0384");
        assertThat(row.text("geboortedatum")).isEqualTo("2010-02-14");
        assertThat(row.text("begindatum")).isEqualTo("2026-04-03");
        assertThat(row.has("status")).isFalse();
    }

    @Test
    void aMissingRequiredColumnIsReportedOnTheHeader() {
        RowParser.Result result = RowParser.parse(Sheets.table(
                HEADER_305.replace(";begindatum", ""),
                Sheets.start("JW", BSN, 1, "2026-04-03").replace(";2026-04-03;1", ";1")));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .containsExactly(new RowError(1, "begindatum", "verplichte kolom ontbreekt in de kopregel"));
    }

    @Test
    void anUnknownOrRepeatedColumnIsReportedOnTheHeader() {
        RowParser.Result result = RowParser.parse(Sheets.table(
                HEADER_305 + ";kleur;Achternaam", Sheets.start("JW", BSN, 1, "2026-04-03") + ";blauw;Wit"));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "kleur"),
                        org.assertj.core.groups.Tuple.tuple(1, "Achternaam"));
        assertThat(result.errors().get(0).message()).contains("onbekende kolom");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsReported() {
        RowParser.Result result = RowParser.parse(Sheets.table(
                HEADER_305,
                Sheets.start("JW", BSN, 1, "2026-04-03"),
                Sheets.start("JW", BSN, 2, "2026-04-03") + ";extra"));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).row()).isEqualTo(3);
        assertThat(result.errors().get(0).column()).isEmpty();
        assertThat(result.errors().get(0).message()).contains("15 cellen").contains("14 kolommen");
    }

    @Test
    void anUnparseableDateIsReportedWithRowAndColumn() {
        RowParser.Result result = RowParser.parse(Sheets.table(
                HEADER_305,
                Sheets.start("JW", BSN, 1, "2026-04-03"),
                Sheets.start("JW", BSN, 2, "30-02-2026"),
                Sheets.start("JW", BSN, 3, "morgen")));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "begindatum"),
                        org.assertj.core.groups.Tuple.tuple(4, "begindatum"));
    }

    @Test
    void unknownCodesAreReportedPerStandard() {
        RowParser.Result result = RowParser.parse(Sheets.table(
                HEADER_307,
                Sheets.stop("WMO", BSN, 1, "19"),
                Sheets.stop("JW", BSN, 2, "19"),
                Sheets.stop("JW", BSN, 3, "31").replace("2010-02-14;1", "2010-02-14;7")));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "redenbeeindiging"),
                        org.assertj.core.groups.Tuple.tuple(4, "geslacht"));
        assertThat(result.errors().get(0).message()).contains("onbekende code '19'");
    }

    @Test
    void aBsnFailingTheElfproefIsReportedWithoutTheBsn() {
        RowParser.Result result =
                RowParser.parse(Sheets.table(HEADER_305, Sheets.start("JW", "999911121", 1, "2026-04-03")));

        assertThat(result.errors()).containsExactly(new RowError(2, "bsn", "geen geldig BSN (9 cijfers, 11-proef)"));
        assertThat(result.errors().get(0).message()).doesNotContain("999911121");
    }

    @Test
    void anEmptyRequiredCellIsReported() {
        RowParser.Result result = RowParser.parse(Sheets.table(
                HEADER_305, Sheets.start("JW", BSN, 1, "2026-04-03").replace(";Wit;", ";;")));

        assertThat(result.errors()).containsExactly(new RowError(2, "achternaam", "verplicht veld is leeg"));
    }

    @Test
    void rowsOfAnotherMessageOrAnUnknownMessageAreReported() {
        RowParser.Result result = RowParser.parse(Sheets.table(
                HEADER_305,
                Sheets.start("JW", BSN, 1, "2026-04-03"),
                Sheets.start("JW", BSN, 2, "2026-04-03").replace("JW305", "JW307"),
                Sheets.start("JW", BSN, 3, "2026-04-03").replace("JW305", "JW399")));

        assertThat(result.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "bericht"),
                        org.assertj.core.groups.Tuple.tuple(4, "bericht"));
    }

    @Test
    void gezagsdragerBekendExistsOnlyInIjw() {
        RowParser.Result result = RowParser.parse(
                Sheets.table(HEADER_315, Sheets.verzoek("WMO", BSN, "REF-1").replace("Testje;T;;", "Testje;T;1;")));

        assertThat(result.errors())
                .containsExactly(new RowError(2, "gezagsdragerbekend", "bestaat alleen in iJw (JW315)"));
    }

    @Test
    void amountsInEurosBecomeEurocentsAndBadAmountsAreReported() {
        RowParser.Result good =
                RowParser.parse(Sheets.table(HEADER_323, Sheets.prestatie("JW", "D1", BSN, "R1", 500123)));
        RowParser.Result bad = RowParser.parse(Sheets.table(
                HEADER_323, Sheets.prestatie("JW", "D1", BSN, "R1", 500123).replace("45,50", "45,5x")));

        assertThat(good.rows().get(0).amount("tarief")).isEqualTo(4550L);
        assertThat(good.rows().get(0).text("declaratieperiode")).isEqualTo("2026-04");
        assertThat(bad.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "tarief"));
    }

    @Test
    void aFileWithoutBerichtColumnOrRowsIsRefused() {
        assertThat(RowParser.parse(Sheets.table("gemeente;bsn", "0384;" + BSN)).errors())
                .containsExactly(new RowError(1, "bericht", "de kolom 'bericht' ontbreekt in de kopregel"));
        assertThat(RowParser.parse(Sheets.table(HEADER_305)).errors())
                .extracting(RowError::row)
                .containsExactly(1);
    }

    @Test
    void commaSeparatedAndWindows1252FilesAreRead() {
        String text = Sheets.csv(
                HEADER_305.replace(';', ','),
                Sheets.start("JW", BSN, 1, "2026-04-03").replace(';', ',').replace("Wit", "Wité"));
        Table table = SheetReader.csv(text.getBytes(Charset.forName("windows-1252")));

        RowParser.Result result = RowParser.parse(table);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().get(0).text("achternaam")).isEqualTo("Wité");
        assertThat(SheetReader.csv(text.getBytes(StandardCharsets.UTF_8))
                        .lines()
                        .get(0)
                        .cells())
                .contains("Wité");
        assertThat(List.of(table.header().get(0))).containsExactly("bericht");
    }
}
