package nl.ketenhub.spreadsheet;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.BerichtView;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Bericht.Status;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The per-row report of an upload: for a refused upload every row and column in error, for an
 * accepted one the state of each row's message as the message log has it now (in behandeling,
 * geaccepteerd, afgewezen with the retourcodes and their meaning). A 323 is judged per prestatie:
 * its rows are rejected only when a finding sits on their prestatie, their client or the whole
 * message (IV087).
 */
final class UploadReport {

    /** Codes that tell nothing about a row on their own (IV028, IV087). */
    private static final Set<String> NEUTRAL = Set.of("0200", "0233", "8001");

    private UploadReport() {}

    static List<ReportLine> refused(List<RowError> errors) {
        List<ReportLine> lines = new ArrayList<>();
        lines.add(
                ReportLine.notProcessed(
                        "Het bestand is niet verwerkt: " + errors.size()
                                + (errors.size() == 1 ? " fout" : " fouten")
                                + ". Er is geen enkel bericht verstuurd. Verbeter de rijen hieronder en lever het bestand opnieuw aan."));
        errors.forEach(e -> lines.add(ReportLine.error(e)));
        return lines;
    }

    /** The report of an upload the hub failed to take: nothing of it was taken, it can be sent again. */
    static List<ReportLine> failed() {
        return List.of(ReportLine.notProcessed(
                "Het bestand is niet verwerkt door een storing in de hub. Er is geen enkel bericht verstuurd."
                        + " Lever het bestand ongewijzigd opnieuw aan; blijft de storing, neem dan contact op met"
                        + " de beheerder van de hub."));
    }

    static ReportLine row(UploadStore.RowLink link, BerichtView view) {
        String identificatie = view.identificatie() == null ? "" : view.identificatie();
        if (view.status() == Status.RECEIVED) {
            return new ReportLine(link.rij(), "", ReportLine.IN_BEHANDELING, link.bericht(), identificatie, "", "");
        }
        List<Finding> own = view.findings().stream()
                .filter(f -> concerns(f.path(), link.pad()))
                .toList();
        boolean rejected = view.status() == Status.REJECTED
                || own.stream().anyMatch(f -> f.retourCode() == null || !NEUTRAL.contains(f.retourCode()));
        if (view.status() == Status.FAILED) {
            return new ReportLine(
                    link.rij(),
                    "",
                    ReportLine.AFGEWEZEN,
                    link.bericht(),
                    identificatie,
                    "",
                    "De verwerking van het bericht is mislukt; neem contact op met de beheerder van de hub.");
        }
        if (!rejected) {
            return new ReportLine(link.rij(), "", ReportLine.GEACCEPTEERD, link.bericht(), identificatie, "", "");
        }
        List<Finding> shown = own.isEmpty() ? view.findings() : own;
        Set<String> codes = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        for (Finding finding : shown) {
            if (finding.retourCode() == null) {
                texts.add(finding.rule() + ": " + finding.message());
            } else if (!NEUTRAL.contains(finding.retourCode()) && codes.add(finding.retourCode())) {
                texts.add(finding.retourCode() + ": " + Retourcodes.meaning(finding.retourCode()));
            }
        }
        String toelichting = String.join("; ", texts);
        if (own.isEmpty()) {
            toelichting = "Het bericht is afgewezen om een ander onderdeel. " + toelichting;
        }
        return new ReportLine(
                link.rij(),
                "",
                ReportLine.AFGEWEZEN,
                link.bericht(),
                identificatie,
                String.join(" ", codes),
                toelichting.trim());
    }

    /** A finding concerns a row when it sits on the row's class, above it, or below it. */
    static boolean concerns(String findingPath, String rowPath) {
        if (findingPath == null
                || findingPath.isEmpty()
                || "Header".equals(findingPath)
                || "Declaratie".equals(findingPath)) {
            return true;
        }
        return rowPath.equals(findingPath)
                || rowPath.startsWith(findingPath + "/")
                || findingPath.startsWith(rowPath + "/");
    }

    static String csv(List<ReportLine> lines) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader(ReportLine.HEADER)
                .setRecordSeparator("\r\n")
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ReportLine line : lines) {
                printer.printRecord(
                        line.rij() == null ? "" : line.rij(),
                        line.kolom(),
                        line.uitkomst(),
                        line.bericht(),
                        line.identificatie(),
                        line.retourcodes(),
                        line.toelichting());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
