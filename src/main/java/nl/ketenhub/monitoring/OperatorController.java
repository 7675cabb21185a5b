package nl.ketenhub.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ketenhub.audit.AuditTrail;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.security.Person;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The operators' API on the message log: {@code GET /api/berichten} searches and {@code GET
 * /api/berichten/{id}/keten} shows a message's chain (viewers; a regisseur sees only messages of its
 * gemeente), {@code POST /api/berichten/{id}/replay} and {@code POST /api/berichten/replay} re-run
 * stored inbound messages (operators). Who may call what: nl.ketenhub.security.SecurityConfiguration.
 */
@RestController
@RequestMapping("/api/berichten")
class OperatorController {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final BerichtSearch search;
    private final Keten keten;
    private final Replays replays;
    private final MonitoringProperties properties;
    private final AuditTrail audit;

    OperatorController(
            BerichtSearch search, Keten keten, Replays replays, MonitoringProperties properties, AuditTrail audit) {
        this.search = search;
        this.keten = keten;
        this.replays = replays;
        this.properties = properties;
        this.audit = audit;
    }

    /** from/to: an ISO instant ({@code 2026-04-01T08:00:00Z}) or a date (midnight, Europe/Amsterdam). */
    @GetMapping
    BerichtSearch.Page search(
            @AuthenticationPrincipal Person person,
            @RequestParam(required = false) String berichtCode,
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) Bericht.Status status,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String identificatie,
            @RequestParam(required = false) Long toewijzingNummer,
            @RequestParam(required = false) String bsn,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        String actor = person.name();
        String what = describe(bsn, berichtCode, partner, identificatie, toewijzingNummer);
        try {
            BerichtSearch.Page result = search.search(
                    new BerichtSearch.Filter(
                            berichtCode,
                            partner,
                            status,
                            instant(from),
                            instant(to),
                            identificatie,
                            toewijzingNummer,
                            bsn,
                            page,
                            size),
                    person.limitedTo());
            audit.record(new AuditTrail.Event(
                    actor,
                    partner,
                    "SEARCH",
                    what,
                    audit.clientOf(bsn),
                    "OK, " + result.berichten().size() + " found"));
            return result;
        } catch (IllegalArgumentException e) {
            audit.record(new AuditTrail.Event(actor, partner, "SEARCH", what, audit.clientOf(bsn), "INVALID"));
            throw e;
        }
    }

    /** The search as the audit trail shows it: the filters used, never the BSN itself. */
    private static String describe(
            String bsn, String berichtCode, String partner, String identificatie, Long toewijzingNummer) {
        StringBuilder what = new StringBuilder(bsn == null ? "" : "bsn");
        for (String[] filter : new String[][] {
            {"berichtCode", berichtCode},
            {"partner", partner},
            {"identificatie", identificatie},
            {"toewijzingNummer", toewijzingNummer == null ? null : toewijzingNummer.toString()}
        }) {
            if (filter[1] != null) {
                what.append(what.isEmpty() ? "" : " ")
                        .append(filter[0])
                        .append('=')
                        .append(filter[1]);
            }
        }
        return BsnMask.mask(what.toString());
    }

    @GetMapping("/{id}/keten")
    Keten.Chain keten(@AuthenticationPrincipal Person person, @PathVariable UUID id) {
        Optional<Keten.Chain> chain = keten.of(id).flatMap(found -> found.readableBy(person));
        audit.recordAboutBericht(person.name(), "VIEW_KETEN", id, chain.isPresent() ? "OK" : "NOT_FOUND");
        return chain.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such message"));
    }

    @PostMapping("/{id}/replay")
    ResponseEntity<Replays.Result> replay(
            @AuthenticationPrincipal Person person,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean force) {
        Replays.Result result = replays.replay(id, force, person.name());
        return switch (result.outcome()) {
            case REPLAYED -> ResponseEntity.accepted().body(result);
            case SKIPPED -> ResponseEntity.ok(result);
            case REFUSED -> ResponseEntity.status(
                            result.reason().equals("no such message") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT)
                    .body(result);
        };
    }

    /**
     * Bulk replay: {@code {"ids": [...]}} or {@code {"filter": {search parameters}}} (inbound
     * messages only, at most {@code ketenhub.monitoring.max-replay}), optionally {@code "force": true}.
     */
    @PostMapping("/replay")
    Map<String, Object> replayAll(@AuthenticationPrincipal Person person, @RequestBody BulkReplay request) {
        List<UUID> ids;
        if (request.ids() != null && !request.ids().isEmpty()) {
            if (request.ids().size() > properties.maxReplay()) {
                throw new IllegalArgumentException("at most " + properties.maxReplay() + " ids per call");
            }
            ids = request.ids();
        } else if (request.filter() != null) {
            ids = search.inboundIds(request.filter().toFilter(), properties.maxReplay());
        } else {
            throw new IllegalArgumentException("give ids or a filter");
        }
        List<Replays.Result> results = replays.replayAll(ids, request.forced(), person.name());
        return Map.of(
                "replayed",
                results.stream()
                        .filter(r -> r.outcome() == Replays.Outcome.REPLAYED)
                        .count(),
                "results",
                results);
    }

    record BulkReplay(List<UUID> ids, FilterRequest filter, Boolean force) {

        boolean forced() {
            return Boolean.TRUE.equals(force);
        }
    }

    record FilterRequest(
            String berichtCode,
            String partner,
            Bericht.Status status,
            String from,
            String to,
            String identificatie,
            Long toewijzingNummer,
            String bsn) {

        BerichtSearch.Filter toFilter() {
            return new BerichtSearch.Filter(
                    berichtCode,
                    partner,
                    status,
                    instant(from),
                    instant(to),
                    identificatie,
                    toewijzingNummer,
                    bsn,
                    0,
                    BerichtSearch.MAX_SIZE);
        }
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", BsnMask.mask(e.getMessage())));
    }

    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(AMSTERDAM).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("from/to must be an ISO instant or date");
        }
    }
}
