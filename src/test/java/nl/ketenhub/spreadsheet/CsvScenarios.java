package nl.ketenhub.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.hub.HubTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spreadsheet uploads through the running hub: aanbieder 42420001 starts delivery on a toewijzing
 * that gemeente 0384 sent (JW301), by CSV over HTTPS, by XLSX, and by the file drop; gets the
 * per-row report with the pipeline's verdict, and the usual 306 on its channel. An upload with one
 * bad row reaches no intake at all. Subclasses choose the database.
 */
abstract class CsvScenarios extends HubTestSupport {

    private static final String AANBIEDER = "demo-42420001";
    private static final String AANBIEDER_OUT = "ketenhub.42420001.out";
    private static final String GEMEENTE_OUT = "ketenhub.0384.out";
    private static final String CSV_AANBIEDER = "42420003";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aStartUploadedAsCsvIsAcceptedReportedAndAnswered() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        deliverJw301(bsn, nummer);

        HttpResponse<String> response =
                upload(Sheets.csv(Sheets.HEADER_305, Sheets.start("JW", bsn, nummer, "2026-04-03")), "text/csv");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).startsWith("rij;kolom;uitkomst").contains("2;;");
        assertThat(response.body()).doesNotContain(bsn);
        String report = finalReport(response);
        String identificatie = field(report, 2, 4);
        assertThat(field(report, 2, 2)).isEqualTo("geaccepteerd");
        assertThat(field(report, 2, 3)).isEqualTo("JW305");
        String retour = awaitOnQueue(AANBIEDER_OUT, identificatie);
        assertThat(retour).contains("<jw306:Bericht").doesNotContain("RetourCode");
        assertThat(awaitOnQueue(GEMEENTE_OUT, identificatie)).contains("<jw305:Bericht");
    }

    @Test
    void aStartWithoutToewijzingIsReportedWithTheRetourcodeInDutch() throws Exception {
        HttpResponse<String> response = upload(
                Sheets.csv(Sheets.HEADER_305, Sheets.start("JW", uniqueBsn(), uniqueNummer(), "2026-04-03")),
                "text/csv");

        String report = finalReport(response);
        assertThat(field(report, 2, 2)).isEqualTo("afgewezen");
        assertThat(field(report, 2, 5)).isEqualTo("9019");
        assertThat(field(report, 2, 6)).contains("niet te koppelen aan een toewijzing");
        assertThat(awaitOnQueue(AANBIEDER_OUT, field(report, 2, 4))).contains(">9019<");
    }

    @Test
    void aCsvWithOneBadRowIsRefusedWholeAndNothingReachesIntake() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        deliverJw301(bsn, nummer);
        long before = inboundFromAanbieder();

        HttpResponse<String> response = upload(
                Sheets.csv(
                        Sheets.HEADER_305,
                        Sheets.start("JW", bsn, nummer, "2026-04-03"),
                        Sheets.start("JW", uniqueBsn(), uniqueNummer(), "31-04-2026")),
                "text/csv");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains(";;niet verwerkt;")
                .contains("3;begindatum;fout;;;;geen geldige datum '31-04-2026'");
        assertThat(inboundFromAanbieder()).isEqualTo(before);
        HttpResponse<String> again = get(location(response), AANBIEDER);
        assertThat(again.body()).isEqualTo(response.body());
        assertThat(again.headers().firstValue("X-Upload-Compleet")).contains("true");
    }

    @Test
    void anXlsxWorkbookIsReadLikeTheCsv() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        deliverJw301(bsn, nummer);

        HttpResponse<String> response =
                upload(Sheets.xlsx(Sheets.HEADER_305, 1, Sheets.startCells(bsn, nummer)), SheetReader.XLSX_TYPE);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(field(finalReport(response), 2, 2)).isEqualTo("geaccepteerd");
    }

    @Test
    void aCsvDroppedInThePartnerFolderGetsItsReportNextToIt() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        deliverJw301(bsn, nummer);
        Path inbox = Path.of(dataDir, "inbox", "42420001");
        Files.createDirectories(inbox);
        String name = "starts-" + uniqueId() + ".csv";
        Path staged = Files.createTempFile("upload", ".tmp");
        Files.writeString(staged, Sheets.csv(Sheets.HEADER_305, Sheets.start("JW", bsn, nummer, "2026-04-03")));
        Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);

        String day = LocalDate.now(ZoneId.systemDefault()).format(DateTimeFormatter.BASIC_ISO_DATE);
        Path report = inbox.resolve(".done").resolve(day).resolve(name + ".report.csv");
        awaitTrue(() -> Files.exists(report));
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(field(text, 2, 2)).isEqualTo("geaccepteerd");
        assertThat(inbox.resolve(".done").resolve(day).resolve(name)).exists();
    }

    @Test
    void aBadCsvDroppedInThePartnerFolderIsRefusedWithItsReport() throws Exception {
        Path inbox = Path.of(dataDir, "inbox", "42420001");
        Files.createDirectories(inbox);
        String name = "fout-" + uniqueId() + ".csv";
        Path staged = Files.createTempFile("upload", ".tmp");
        Files.writeString(
                staged,
                Sheets.csv(
                        Sheets.HEADER_305,
                        Sheets.start("JW", uniqueBsn(), uniqueNummer(), "2026-04-03")
                                .replace(";55;", ";99;")));
        Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);

        Path report = inbox.resolve(".error").resolve(name + ".report.csv");
        awaitTrue(() -> Files.exists(inbox.resolve(".error").resolve(name)));
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
                .contains("2;productcategorie;fout;;;;\"onbekende code '99'; toegestaan: 31,");
        try (var written = Files.list(inbox.resolve(".error"))) {
            assertThat(written.map(file -> file.getFileName().toString()))
                    .as("the report is renamed into place, no temporary file left")
                    .noneMatch(file -> file.startsWith(".tmp-"));
        }
    }

    @Test
    void anAanbiederOnCsvFindsItsToewijzingAsCsvInItsFolder() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        String identificatie = uniqueId();

        UUID id = idOf(post(demoJw301(bsn, nummer, CSV_AANBIEDER, identificatie), "demo-0384")
                .body());

        awaitStatus(id, Bericht.Status.DELIVERED);
        Path folder = Path.of(dataDir, "outbox", CSV_AANBIEDER);
        AtomicReference<Path> delivered = new AtomicReference<>();
        awaitTrue(() -> {
            delivered.set(fileContaining(folder, identificatie));
            return delivered.get() != null;
        });
        assertThat(delivered.get().getFileName().toString())
                .startsWith("JW301-")
                .endsWith(".csv");
        List<String> lines = Files.readAllLines(delivered.get(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(String.join(";", ToewijzingCsv.HEADER));
        assertThat(lines.get(1))
                .startsWith("JW301;0384;" + identificatie + ";")
                .contains(";" + bsn + ";")
                .contains(";" + nummer + ";;55;55A11;")
                .doesNotContain("<");
    }

    /** The delivered file in the folder that contains the marker; null when there is none yet. */
    private static Path fileContaining(Path folder, String marker) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).contains(marker)) {
                    return file;
                }
            }
            return null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anUploadWithoutValidTokenIsRefused() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/uploads"))
                        .header("Authorization", "Bearer wrong")
                        .POST(HttpRequest.BodyPublishers.ofString("bericht\r\n"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> upload(Object body, String contentType) throws Exception {
        HttpRequest.BodyPublisher publisher = body instanceof byte[] bytes
                ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : HttpRequest.BodyPublishers.ofString((String) body);
        return http.send(
                HttpRequest.newBuilder(uri("/api/uploads"))
                        .header("Authorization", "Bearer " + AANBIEDER)
                        .header("Content-Type", contentType)
                        .POST(publisher)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The report once every row is decided (GET /api/uploads/{id}/report). */
    private String finalReport(HttpResponse<String> upload) throws Exception {
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        String path = location(upload);
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        awaitTrue(() -> {
            try {
                last.set(get(path, AANBIEDER));
                return last.get()
                        .headers()
                        .firstValue("X-Upload-Compleet")
                        .orElse("")
                        .equals("true");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(last.get().headers().firstValue("X-Upload-Compleet")).contains("true");
        return last.get().body();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** A cell of the report: the line of the given row, 0-based column. */
    private static String field(String report, int row, int column) {
        String line = report.lines()
                .filter(l -> l.startsWith(row + ";"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + row + " in " + report));
        return line.split(";", -1)[column];
    }

    private long inboundFromAanbieder() {
        return jdbc.queryForObject(
                "select count(*) from bericht where direction = 'IN' and partner = '42420001'", Long.class);
    }
}
