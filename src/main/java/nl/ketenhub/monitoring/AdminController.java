package nl.ketenhub.monitoring;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import nl.ketenhub.audit.AuditTrail;
import nl.ketenhub.security.Person;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations over REST, the same as over JMX: {@code GET /api/admin/config} (the effective
 * configuration; admins), {@code GET /api/admin/partners} (delivery channels) and {@code GET
 * /api/admin/overdue} (OP090; viewers), {@code POST /api/admin/partners/{code}/pause} and {@code
 * /resume} (operators).
 */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    private final EffectiveConfig config;
    private final PartnerChannels channels;
    private final OverdueAnswers overdue;
    private final AuditTrail audit;

    AdminController(EffectiveConfig config, PartnerChannels channels, OverdueAnswers overdue, AuditTrail audit) {
        this.config = config;
        this.channels = channels;
        this.overdue = overdue;
        this.audit = audit;
    }

    @GetMapping("/config")
    EffectiveConfig.View config(@AuthenticationPrincipal Person person) {
        EffectiveConfig.View view = config.view();
        audit.record(new AuditTrail.Event(person.name(), null, "VIEW_CONFIG", "config", null, "OK"));
        return view;
    }

    @GetMapping("/partners")
    List<PartnerChannels.Status> partners() {
        return channels.partners().stream().map(p -> channels.status(p.code())).toList();
    }

    @PostMapping("/partners/{code}/pause")
    PartnerChannels.Status pause(@AuthenticationPrincipal Person person, @PathVariable String code) {
        channels.pause(code, person.name());
        return channels.status(code);
    }

    @PostMapping("/partners/{code}/resume")
    Map<String, Object> resume(@AuthenticationPrincipal Person person, @PathVariable String code) {
        int queued = channels.resume(code, person.name());
        return Map.of("queued", queued, "channel", channels.status(code));
    }

    @GetMapping("/overdue")
    List<OverdueAnswers.Overdue> overdue() {
        return overdue.now();
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> unknownPartner(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }
}
