package nl.ketenhub.spreadsheet;

import static nl.ketenhub.spreadsheet.Sheets.HEADER_305;
import static nl.ketenhub.spreadsheet.Sheets.HEADER_323;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows become messages as the standard wants: one client per 305, one declaratie per 323. */
class GroupingTest {

    private static final String A = "999911120";
    private static final String B = "999911089";

    @Test
    void startRowsOfOneClientShareAMessageAndEachClientGetsItsOwn() {
        Grouping.Result result = group(
                HEADER_305,
                Sheets.start("JW", A, 1, "2026-04-03"),
                Sheets.start("JW", B, 2, "2026-04-03"),
                Sheets.start("JW", A, 3, "2026-04-04"),
                Sheets.start("WMO", A, 4, "2026-04-03"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.groups()).hasSize(3);
        Grouping.Group first = result.groups().get(0);
        assertThat(first.rows()).extracting(SheetRow::row).containsExactly(2, 4);
        assertThat(first.paths())
                .containsExactly("Client/StartProducten/StartProduct[1]", "Client/StartProducten/StartProduct[2]");
        assertThat(result.groups().get(1).rows()).extracting(SheetRow::row).containsExactly(3);
        assertThat(result.groups().get(2).type().name()).isEqualTo("WMO305");
    }

    @Test
    void rowsOfOneClientThatDisagreeOnTheClientAreReported() {
        Grouping.Result result = group(
                HEADER_305,
                Sheets.start("JW", A, 1, "2026-04-03"),
                Sheets.start("JW", A, 2, "2026-04-04").replace("14-02-2010", "15-02-2010"));

        assertThat(result.groups()).isEmpty();
        assertThat(result.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "geboortedatum"));
    }

    @Test
    void declaratieRowsAreGroupedPerNumberAndThenPerClient() {
        Grouping.Result result = group(
                HEADER_323,
                Sheets.prestatie("JW", "D1", A, "R1", 11),
                Sheets.prestatie("JW", "D1", B, "R2", 12),
                Sheets.prestatie("JW", "D1", A, "R3", 13),
                Sheets.prestatie("JW", "D2", A, "R4", 14));

        assertThat(result.errors()).isEmpty();
        assertThat(result.groups()).hasSize(2);
        Grouping.Group d1 = result.groups().get(0);
        assertThat(d1.rows()).extracting(SheetRow::row).containsExactly(2, 4, 3);
        assertThat(d1.paths())
                .containsExactly(
                        "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]",
                        "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]",
                        "Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]");
    }

    @Test
    void aDeclaratieRowWithoutTariefIsReportedUnlessInEuros() {
        Grouping.Result result = group(
                HEADER_323,
                Sheets.prestatie("JW", "D1", A, "R1", 11).replace("45,50", ""),
                Sheets.prestatie("JW", "D1", A, "R2", 11).replace(";04;45,50", ";83;"));

        assertThat(result.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "tarief"));
    }

    private static Grouping.Result group(String header, String... rows) {
        RowParser.Result parsed = RowParser.parse(Sheets.table(header, rows));
        assertThat(parsed.errors()).isEmpty();
        return Grouping.group(parsed.layout(), List.copyOf(parsed.rows()));
    }
}
