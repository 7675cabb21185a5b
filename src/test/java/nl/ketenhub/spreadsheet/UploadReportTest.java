package nl.ketenhub.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.BerichtView;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.canonical.Bericht.Status;
import org.junit.jupiter.api.Test;

/** A row's line in the report follows its message's state and the findings on its own class. */
class UploadReportTest {

    private static final String PRESTATIE_1 = "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]";
    private static final String PRESTATIE_2 = "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]";

    @Test
    void aDeclaratieIsJudgedPerPrestatie() {
        BerichtView view = view(
                Status.ACCEPTED,
                List.of(Finding.crossMessage("TR307", "9307", "begin outside the toewijzing", PRESTATIE_2)));

        ReportLine first = UploadReport.row(link(2, PRESTATIE_1), view);
        ReportLine second = UploadReport.row(link(3, PRESTATIE_2), view);

        assertThat(first.uitkomst()).isEqualTo(ReportLine.GEACCEPTEERD);
        assertThat(second.uitkomst()).isEqualTo(ReportLine.AFGEWEZEN);
        assertThat(second.retourcodes()).isEqualTo("9307");
        assertThat(second.toelichting()).isEqualTo("9307: " + Retourcodes.meaning("9307"));
        assertThat(second.identificatie()).isEqualTo("UPL1");
    }

    @Test
    void aFindingOnTheClientOrTheHeaderRejectsEveryRowBelowIt() {
        BerichtView view = view(
                Status.ACCEPTED,
                List.of(Finding.crossMessage("TR304", "8187", "unknown client", "Declaratie/Clienten/Client[1]")));

        assertThat(UploadReport.row(link(2, PRESTATIE_1), view).retourcodes()).isEqualTo("8187");
        assertThat(UploadReport.concerns("Header", PRESTATIE_2)).isTrue();
        assertThat(UploadReport.concerns("Declaratie/Clienten/Client[2]", PRESTATIE_2))
                .isFalse();
    }

    @Test
    void aRejectedMessageRejectsRowsWithoutOwnFindingsAndSaysWhy() {
        BerichtView view = view(
                Status.REJECTED,
                List.of(Finding.crossMessage(
                        "TR019", "9019", "no toewijzing", "Client/StartProducten/StartProduct[2]")));

        ReportLine other = UploadReport.row(link(2, "Client/StartProducten/StartProduct[1]"), view);

        assertThat(other.uitkomst()).isEqualTo(ReportLine.AFGEWEZEN);
        assertThat(other.retourcodes()).isEqualTo("9019");
        assertThat(other.toelichting()).startsWith("Het bericht is afgewezen om een ander onderdeel.");
    }

    @Test
    void anUndecidedMessageIsInBehandeling() {
        assertThat(UploadReport.row(link(2, PRESTATIE_1), view(Status.RECEIVED, List.of()))
                        .decided())
                .isFalse();
    }

    @Test
    void theReportIsSemicolonSeparatedWithAHeader() {
        String csv = UploadReport.csv(UploadReport.refused(List.of(new RowError(3, "begindatum", "geen datum; echt"))));

        assertThat(csv.lines().toList())
                .containsExactly(
                        "rij;kolom;uitkomst;bericht;identificatie;retourcodes;toelichting",
                        "\"\";;niet verwerkt;;;;Het bestand is niet verwerkt: 1 fout. Er is geen enkel bericht verstuurd."
                                + " Verbeter de rijen hieronder en lever het bestand opnieuw aan.",
                        "3;begindatum;fout;;;;\"geen datum; echt\"");
    }

    @Test
    void everyRetourcodeOfTheStandardHasADutchText() {
        for (String code : List.of("0001", "8848", "9019", "9056", "9063", "9069", "9326", "9333", "9338", "S300")) {
            assertThat(Retourcodes.known(code)).as(code).isTrue();
        }
    }

    private static UploadStore.RowLink link(int rij, String pad) {
        return new UploadStore.RowLink(rij, "JW323", UUID.randomUUID(), pad);
    }

    private static BerichtView view(Status status, List<Finding> findings) {
        return new BerichtView(
                UUID.randomUUID(),
                Direction.IN,
                status,
                BerichtType.JW323,
                "490",
                "42420001",
                "42420001",
                "0384",
                "UPL1",
                null,
                Instant.now(),
                Instant.now(),
                null,
                findings,
                List.of(),
                null);
    }
}
