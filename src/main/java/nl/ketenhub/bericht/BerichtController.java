package nl.ketenhub.bericht;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.ketenhub.audit.AuditTrail;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.format.Formats;
import nl.ketenhub.format.MessageFormat;
import nl.ketenhub.monitoring.BsnMask;
import nl.ketenhub.partner.Partner;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The HTTPS channel. {@code POST /api/berichten} takes one XML message from the partner identified
 * by its client certificate or token (nl.ketenhub.security) and answers 202 with the message id (422 with the findings when intake refuses
 * it, 413 when it is larger than {@code ketenhub.intake.max-bytes}, 429 with Retry-After when the
 * partner is over its rate limit); {@code GET /api/berichten/{id}} tells its status; {@code /outbox} serves partners that pull.
 * A partner sees only messages it sent or receives.
 */
@RestController
@RequestMapping("/api/berichten")
class BerichtController {

    private final IntakeService intake;
    private final MessageLog log;
    private final BerichtViews views;
    private final DeliveryLog deliveries;
    private final AuditTrail audit;
    private final IntakeInspector inspector;
    private final IntakeRateLimit rateLimit;
    private final Formats formats;

    BerichtController(
            IntakeService intake,
            MessageLog log,
            BerichtViews views,
            DeliveryLog deliveries,
            AuditTrail audit,
            IntakeInspector inspector,
            IntakeRateLimit rateLimit,
            Formats formats) {
        this.intake = intake;
        this.log = log;
        this.views = views;
        this.deliveries = deliveries;
        this.audit = audit;
        this.inspector = inspector;
        this.rateLimit = rateLimit;
        this.formats = formats;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> post(@AuthenticationPrincipal Partner partner, HttpServletRequest request)
            throws IOException {
        OptionalLong retryAfter = rateLimit.tryAcquire(partner.code());
        if (retryAfter.isPresent()) {
            return tooManyRequests(partner, retryAfter.getAsLong());
        }
        Optional<byte[]> body = BoundedBody.read(request.getInputStream(), inspector.maxBytes());
        if (body.isEmpty()) {
            IntakeResult refused = intake.refuse(
                    partner, Channel.HTTP, inspector.tooLarge("more than " + inspector.maxBytes() + " bytes"));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(Map.of(
                            "id", refused.id(), "status", Bericht.Status.REJECTED, "findings", refused.findings()));
        }
        IntakeResult result = intake.receive(partner, Channel.HTTP, body.get());
        if (result.accepted()) {
            return ResponseEntity.accepted()
                    .header("Location", "/api/berichten/" + result.id())
                    .body(Map.of("id", result.id(), "status", Bericht.Status.RECEIVED));
        }
        return ResponseEntity.unprocessableContent()
                .body(Map.of("id", result.id(), "status", Bericht.Status.REJECTED, "findings", result.findings()));
    }

    @GetMapping("/{id}")
    BerichtView get(@AuthenticationPrincipal Partner partner, @PathVariable UUID id) {
        return visible(partner, id, "VIEW_MESSAGE");
    }

    /**
     * The payload; 410 Gone when it was removed at the end of its retention period. A message the
     * hub sends to this partner comes in the partner's own format (partners.yaml {@code format}), as
     * its delivery does: a partner that pulls reads what a pushed partner receives. Every other
     * message is the stored standard XML as logged.
     */
    @GetMapping("/{id}/payload")
    ResponseEntity<String> payload(@AuthenticationPrincipal Partner partner, @PathVariable UUID id) {
        BerichtView view = visible(partner, id, "VIEW_PAYLOAD");
        byte[] stored = log.payload(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.GONE, "The payload was removed at the end of its retention period"));
        boolean receivedByCaller =
                view.direction() == Bericht.Direction.OUT && partner.code().equals(view.partner());
        // rendered as the delivery renders it: a message type without a form in the partner's
        // format (a 319 for a CSV partner) stays the standard XML, with the XML media type
        MessageFormat.Rendered rendered = receivedByCaller
                ? formats.of(partner).render(stored)
                : new MessageFormat.Rendered(stored, MediaType.APPLICATION_XML_VALUE, "xml");
        MediaType type = MediaType.parseMediaType(rendered.mediaType());
        return ResponseEntity.ok()
                .contentType(new MediaType(type, StandardCharsets.UTF_8))
                .body(new String(rendered.body(), StandardCharsets.UTF_8));
    }

    @GetMapping("/outbox")
    List<BerichtView> outbox(@AuthenticationPrincipal Partner partner) {
        List<BerichtView> outbox = views.outbox(partner.code());
        audit.record(new AuditTrail.Event(
                partner.code(), partner.code(), "VIEW_OUTBOX", "outbox", null, "OK, " + outbox.size() + " messages"));
        return outbox;
    }

    /** The message if this partner may see it (else 404); the access is recorded in the audit trail either way. */
    private BerichtView visible(Partner partner, UUID id, String action) {
        Optional<BerichtView> view = views.view(id).filter(v -> v.visibleTo(partner.code()));
        audit.recordAboutBericht(partner.code(), action, id, view.isPresent() ? "OK" : "REFUSED: not visible");
        return view.orElseThrow(BerichtController::notFound);
    }

    @PostMapping("/outbox/{id}/ack")
    ResponseEntity<Void> acknowledge(@AuthenticationPrincipal Partner partner, @PathVariable UUID id) {
        if (!deliveries.acknowledgePull(id, partner.code())) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", BsnMask.mask(e.getMessage())));
    }

    /** Not logged in the message log: a flood must not fill it; the sender sends the message again later. */
    private ResponseEntity<Map<String, Object>> tooManyRequests(Partner partner, long retryAfterSeconds) {
        Finding finding = Finding.policy(
                "HUB-RATE-LIMIT",
                "partner " + partner.code() + " sent more than " + rateLimit.describe(partner.code())
                        + "; the message was not received, send it again after " + retryAfterSeconds + " s",
                "");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(retryAfterSeconds))
                .body(Map.of("status", "NOT_RECEIVED", "findings", List.of(finding)));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such message for this partner");
    }
}
