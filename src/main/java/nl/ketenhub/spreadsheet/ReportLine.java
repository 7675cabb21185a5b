package nl.ketenhub.spreadsheet;

/**
 * One line of the per-row report.
 *
 * @param rij the row number in the upload; null for a line about the whole file
 * @param kolom the column in error, or empty
 * @param uitkomst one of the {@code UITKOMST_*} words
 * @param bericht the message of the row ({@code JW305}), or empty
 * @param identificatie the generated BerichtIdentificatie of that message, or empty
 * @param retourcodes the retourcodes, space separated, or empty
 * @param toelichting what they mean, in Dutch
 */
record ReportLine(
        Integer rij,
        String kolom,
        String uitkomst,
        String bericht,
        String identificatie,
        String retourcodes,
        String toelichting) {

    static final String GEACCEPTEERD = "geaccepteerd";
    static final String AFGEWEZEN = "afgewezen";
    static final String IN_BEHANDELING = "in behandeling";
    static final String FOUT = "fout";
    static final String NIET_VERWERKT = "niet verwerkt";

    static final String[] HEADER = {"rij", "kolom", "uitkomst", "bericht", "identificatie", "retourcodes", "toelichting"
    };

    static ReportLine error(RowError error) {
        return new ReportLine(error.row() == 0 ? null : error.row(), error.column(), FOUT, "", "", "", error.message());
    }

    /** The first line of a report of an upload not taken: why, about the whole file. */
    static ReportLine notProcessed(String toelichting) {
        return new ReportLine(null, "", NIET_VERWERKT, "", "", "", toelichting);
    }

    boolean decided() {
        return !IN_BEHANDELING.equals(uitkomst);
    }
}
