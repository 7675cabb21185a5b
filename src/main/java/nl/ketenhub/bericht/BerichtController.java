package nl.ketenhub.bericht;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.partner.Partner;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The HTTPS channel. {@code POST /api/berichten} takes one XML message from the partner identified
 * by its client certificate or token (nl.ketenhub.security) and answers 202 with the message id (422 with the findings when intake refuses
 * it); {@code GET /api/berichten/{id}} tells its status; {@code /outbox} serves partners that pull.
 * A partner sees only messages it sent or receives.
 */
@RestController
@RequestMapping("/api/berichten")
class BerichtController {

    private final IntakeService intake;
    private final MessageLog log;

    BerichtController(IntakeService intake, MessageLog log) {
        this.intake = intake;
        this.log = log;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> post(
            @AuthenticationPrincipal Partner partner, @RequestBody(required = false) byte[] body) {
        IntakeResult result = intake.receive(partner, Channel.HTTP, body == null ? new byte[0] : body);
        if (result.accepted()) {
            return ResponseEntity.accepted()
                    .header("Location", "/api/berichten/" + result.id())
                    .body(Map.of("id", result.id(), "status", Bericht.Status.RECEIVED));
        }
        return ResponseEntity.unprocessableContent()
                .body(Map.of("id", result.id(), "status", Bericht.Status.REJECTED, "findings", result.findings()));
    }

    @GetMapping("/{id}")
    MessageLog.View get(@AuthenticationPrincipal Partner partner, @PathVariable UUID id) {
        return log.view(id).filter(view -> view.visibleTo(partner.code())).orElseThrow(BerichtController::notFound);
    }

    @GetMapping(value = "/{id}/payload", produces = MediaType.APPLICATION_XML_VALUE)
    String payload(@AuthenticationPrincipal Partner partner, @PathVariable UUID id) {
        log.view(id).filter(view -> view.visibleTo(partner.code())).orElseThrow(BerichtController::notFound);
        return new String(log.payload(id), StandardCharsets.UTF_8);
    }

    @GetMapping("/outbox")
    List<MessageLog.View> outbox(@AuthenticationPrincipal Partner partner) {
        return log.outbox(partner.code());
    }

    @PostMapping("/outbox/{id}/ack")
    ResponseEntity<Void> acknowledge(@AuthenticationPrincipal Partner partner, @PathVariable UUID id) {
        if (!log.acknowledgePull(id, partner.code())) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such message for this partner");
    }
}
