package nl.ketenhub.monitoring;

import nl.ketenhub.audit.AuditTrail;
import nl.ketenhub.bericht.PayloadRetention;
import nl.ketenhub.canonical.BsnReencryption;
import nl.ketenhub.security.Person;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Audit trail and data protection for administrators (role admin, nl.ketenhub.security): {@code GET /api/admin/audit}
 * (entries newest first; filters actor, bsn or client hash, from/to), {@code GET
 * /api/admin/audit/verify}, {@code POST /api/admin/retention/purge}, {@code POST
 * /api/admin/bsn/reencrypt}.
 */
@RestController
@RequestMapping("/api/admin")
class DataProtectionController {

    private final DataProtection protection;
    private final AuditTrail audit;

    DataProtectionController(DataProtection protection, AuditTrail audit) {
        this.protection = protection;
        this.audit = audit;
    }

    @GetMapping("/audit")
    AuditTrail.Page audit(
            @AuthenticationPrincipal Person person,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String bsn,
            @RequestParam(required = false) String client,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        String admin = person.name();
        String clientHash = bsn != null ? audit.clientOf(bsn) : client;
        if ((bsn != null || client != null) && (clientHash == null || !clientHash.matches("[0-9a-f]{64}"))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "bsn must be 9 digits, client a keyed hash");
        }
        return protection.read(
                admin,
                new AuditTrail.Filter(
                        actor,
                        clientHash,
                        OperatorController.instant(from),
                        OperatorController.instant(to),
                        page,
                        size));
    }

    @GetMapping("/audit/verify")
    AuditTrail.Verification verify(@AuthenticationPrincipal Person person) {
        return protection.verify(person.name());
    }

    @PostMapping("/retention/purge")
    PayloadRetention.Result purge(@AuthenticationPrincipal Person person) {
        return protection.purge(person.name());
    }

    @PostMapping("/bsn/reencrypt")
    BsnReencryption.Result reencrypt(
            @AuthenticationPrincipal Person person, @RequestParam(defaultValue = "500") int batchSize) {
        return protection.reencrypt(person.name(), batchSize);
    }
}
