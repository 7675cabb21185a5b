package nl.ketenhub.monitoring;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import nl.ketenhub.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations over REST (operator token), the same as over JMX: {@code GET /api/admin/config} (the
 * effective configuration), {@code GET /api/admin/partners} (delivery channels), {@code POST
 * /api/admin/partners/{code}/pause} and {@code /resume}, {@code GET /api/admin/overdue} (OP090).
 */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    private final OperatorAccess access;
    private final EffectiveConfig config;
    private final PartnerChannels channels;
    private final OverdueAnswers overdue;
    private final AuditTrail audit;

    AdminController(
            OperatorAccess access,
            EffectiveConfig config,
            PartnerChannels channels,
            OverdueAnswers overdue,
            AuditTrail audit) {
        this.access = access;
        this.config = config;
        this.channels = channels;
        this.overdue = overdue;
        this.audit = audit;
    }

    @GetMapping("/config")
    EffectiveConfig.View config(
            Principal principal, @RequestHeader(value = "Authorization", required = false) String authorization) {
        access.requireOperator(authorization);
        EffectiveConfig.View view = config.view();
        audit.record(new AuditTrail.Event(actor(principal), null, "VIEW_CONFIG", "config", null, "OK"));
        return view;
    }

    @GetMapping("/partners")
    List<PartnerChannels.Status> partners(
            @RequestHeader(value = "Authorization", required = false) String authorization) {
        access.requireOperator(authorization);
        return channels.partners().stream().map(p -> channels.status(p.code())).toList();
    }

    @PostMapping("/partners/{code}/pause")
    PartnerChannels.Status pause(
            Principal principal,
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @PathVariable String code) {
        access.requireOperator(authorization);
        channels.pause(code, actor(principal));
        return channels.status(code);
    }

    @PostMapping("/partners/{code}/resume")
    Map<String, Object> resume(
            Principal principal,
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @PathVariable String code) {
        access.requireOperator(authorization);
        int queued = channels.resume(code, actor(principal));
        return Map.of("queued", queued, "channel", channels.status(code));
    }

    @GetMapping("/overdue")
    List<OverdueAnswers.Overdue> overdue(
            @RequestHeader(value = "Authorization", required = false) String authorization) {
        access.requireOperator(authorization);
        return overdue.now();
    }

    private static String actor(Principal principal) {
        return AuditTrail.actor(principal, "operator");
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> unknownPartner(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }
}
