package nl.ketenhub.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.ketenhub.bericht.Channel;
import nl.ketenhub.partner.Partner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Spreadsheet uploads over HTTPS, with the partner credentials of {@code /api/berichten}.
 * {@code POST /api/uploads} takes a CSV ({@code text/csv}) or XLSX workbook and answers with the
 * per-row report as CSV: 202 when its messages went to intake (rows "in behandeling" until the
 * pipeline decides), 422 when the upload was refused whole, 503 when the hub failed while taking it
 * (nothing of it was taken; send it again). {@code GET /api/uploads/{id}/report}
 * gives the report as it stands; header {@code X-Upload-Compleet} says whether every row is decided.
 */
@RestController
@RequestMapping("/api/uploads")
class UploadController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final SpreadsheetIntake spreadsheets;

    UploadController(SpreadsheetIntake spreadsheets) {
        this.spreadsheets = spreadsheets;
    }

    @PostMapping
    ResponseEntity<String> upload(
            @AuthenticationPrincipal Partner partner,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestParam(value = "naam", required = false) String naam,
            @RequestBody(required = false) byte[] body) {
        boolean xlsx = SheetReader.isXlsx(contentType) || SheetReader.isXlsx(naam);
        SpreadsheetIntake.Outcome outcome =
                spreadsheets.receive(partner, Channel.HTTP, naam, xlsx, body == null ? new byte[0] : body, null);
        HttpStatus status = outcome.accepted()
                ? HttpStatus.ACCEPTED
                : outcome.failed() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_CONTENT;
        return ResponseEntity.status(status)
                .header(HttpHeaders.LOCATION, "/api/uploads/" + outcome.id() + "/report")
                .header("X-Upload-Id", outcome.id().toString())
                .contentType(CSV)
                .body(outcome.report());
    }

    @GetMapping("/{id}/report")
    ResponseEntity<String> report(@AuthenticationPrincipal Partner partner, @PathVariable UUID id) {
        SpreadsheetIntake.Report report = spreadsheets
                .report(id, partner.code())
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such upload for this partner"));
        return ResponseEntity.ok()
                .header("X-Upload-Compleet", Boolean.toString(report.complete()))
                .contentType(CSV)
                .body(report.csv());
    }
}
