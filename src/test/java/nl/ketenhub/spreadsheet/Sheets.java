package nl.ketenhub.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheet rows for the tests: fictitious clients with 9999xxxxx BSNs passing the 11-proef. */
final class Sheets {

    static final String HEADER_305 = "bericht;gemeente;bsn;geboortedatum;geslacht;achternaam;voorvoegsel;voorletters;"
            + "toewijzingnummer;productcategorie;productcode;toewijzingingangsdatum;begindatum;status";

    static final String HEADER_307 = "bericht;gemeente;bsn;geboortedatum;geslacht;achternaam;toewijzingnummer;"
            + "productcategorie;productcode;toewijzingingangsdatum;begindatum;redenbeeindiging;einddatum;status";

    static final String HEADER_315 = "bericht;gemeente;bsn;geboortedatum;geslacht;achternaam;voornamen;voorletters;"
            + "gezagsdragerbekend;referentieaanbieder;productcategorie;productcode;ingangsdatum;einddatum;volume;"
            + "eenheid;frequentie;verwijzertype;zorgverlenercode";

    static final String HEADER_323 = "bericht;gemeente;declaratienummer;declaratieperiode;bsn;referentienummer;"
            + "toewijzingnummer;productcategorie;productcode;begindatum;einddatum;volume;eenheid;tarief;debetcredit";

    private Sheets() {}

    static String start(String standaard, String bsn, long nummer, String begindatum) {
        String categorie = standaard.equals("JW") ? "55;55A11" : "01;01A01";
        return standaard + "305;0384;" + bsn + ";14-02-2010;1;Wit;de;T;" + nummer + ";" + categorie + ";2026-04-01;"
                + begindatum + ";1";
    }

    static String stop(String standaard, String bsn, long nummer, String reden) {
        String categorie = standaard.equals("JW") ? "55;55A11" : "01;01A01";
        return standaard + "307;0384;" + bsn + ";2010-02-14;1;Wit;" + nummer + ";" + categorie
                + ";2026-04-01;2026-04-03;" + reden + ";2026-05-01;1";
    }

    static String verzoek(String standaard, String bsn, String referentie) {
        String product = standaard.equals("JW") ? "45;45A01" : "02;02A01";
        String gezag = standaard.equals("JW") ? "1" : "";
        return standaard + "315;0384;" + bsn + ";2014-02-20;2;Proef;Testje;T;" + gezag + ";" + referentie + ";"
                + product + ";2026-04-01;2026-09-30;2;04;2;02;01999991";
    }

    static String prestatie(String standaard, String nummer, String bsn, String referentie, long toewijzing) {
        String product = standaard.equals("JW") ? "55;55A11" : "01;01A01";
        return standaard + "323;0384;" + nummer + ";2026-04;" + bsn + ";" + referentie + ";" + toewijzing + ";"
                + product + ";2026-04-01;2026-04-30;10;04;45,50;D";
    }

    static String csv(String header, String... rows) {
        return header + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    static Table table(String header, String... rows) {
        return SheetReader.csv(csv(header, rows).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A workbook with the header on row 1 and the given rows from {@code firstRow} (0-based) on:
     * numbers as number cells and dates as date cells, as Excel keeps what a provider types.
     */
    static byte[] xlsx(String header, int firstRow, Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("rijen");
            String[] names = header.split(";");
            Row top = sheet.createRow(0);
            for (int i = 0; i < names.length; i++) {
                top.createCell(i).setCellValue(names[i]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(firstRow + r);
                for (int i = 0; i < rows[r].length; i++) {
                    Object value = rows[r][i];
                    Cell cell = row.createCell(i);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue((String) value);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A JW305 row of {@link #HEADER_305} as workbook cells. */
    static Object[] startCells(String bsn, long nummer) {
        return new Object[] {
            "JW305",
            384,
            Long.parseLong(bsn),
            LocalDate.of(2010, 2, 14),
            1,
            "Wit",
            "de",
            "T",
            nummer,
            55,
            "55A11",
            LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 4, 3),
            1
        };
    }
}
