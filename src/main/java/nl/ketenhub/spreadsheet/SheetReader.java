package nl.ketenhub.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded CSV (UTF-8, or Windows-1252 as Excel writes it; separator {@code ;} or
 * {@code ,}, taken from the header line) or XLSX (first sheet) into a {@link Table}. Lines whose
 * cells are all empty are skipped; their row numbers are not reused.
 */
final class SheetReader {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SheetReader() {}

    /** The format of an upload from its file name or content type: {@code csv} or {@code xlsx}. */
    static boolean isXlsx(String nameOrType) {
        String value = nameOrType == null ? "" : nameOrType.toLowerCase(Locale.ROOT);
        return value.endsWith(".xlsx") || value.startsWith(XLSX_TYPE);
    }

    static Table read(byte[] bytes, boolean xlsx) {
        return xlsx ? xlsx(bytes) : csv(bytes);
    }

    static Table csv(byte[] bytes) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char separator = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<String> header = null;
        List<Table.Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                int row = (int) record.getRecordNumber();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    lines.add(new Table.Line(row, cells));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new SheetException("Het CSV-bestand is niet te lezen: " + e.getMessage());
        }
        if (header == null) {
            throw new SheetException("Het bestand is leeg: er is geen kopregel met kolomnamen.");
        }
        return new Table(header, lines);
    }

    static Table xlsx(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new SheetException("Het werkboek heeft geen werkblad.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> header = null;
            List<Table.Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int width = header == null ? row.getLastCellNum() : Math.max(header.size(), row.getLastCellNum());
                for (int i = 0; i < width; i++) {
                    cells.add(text(row.getCell(i), formatter));
                }
                while (header != null
                        && cells.size() > header.size()
                        && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                    header = cells;
                } else {
                    lines.add(new Table.Line(row.getRowNum() + 1, cells));
                }
            }
            if (header == null) {
                throw new SheetException("Het werkblad is leeg: er is geen kopregel met kolomnamen.");
            }
            return new Table(header, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetException sheet) {
                throw sheet;
            }
            throw new SheetException(
                    "Het XLSX-bestand is niet te lezen: " + e.getClass().getSimpleName());
        }
    }

    /** A cell as the provider meant it: dates as jjjj-mm-dd, whole numbers without ".0". */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                return date.toString();
            }
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return java.math.BigDecimal.valueOf(value).toPlainString();
        }
        return formatter.formatCellValue(cell).trim();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
