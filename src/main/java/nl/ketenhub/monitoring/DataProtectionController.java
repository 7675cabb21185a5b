package nl.ketenhub.monitoring;

import java.security.Principal;
import nl.ketenhub.audit.AuditTrail;
import nl.ketenhub.bericht.PayloadRetention;
import nl.ketenhub.canonical.BsnReencryption;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Audit trail and data protection for administrators (admin token): {@code GET /api/admin/audit}
 * (entries newest first; filters actor, bsn or client hash, from/to), {@code GET
 * /api/admin/audit/verify}, {@code POST /api/admin/retention/purge}, {@code POST
 * /api/admin/bsn/reencrypt}.
 */
@RestController
@RequestMapping("/api/admin")
class DataProtectionController {

    private static final String ADMIN = "admin";

    private final OperatorAccess access;
    private final DataProtection protection;
    private final AuditTrail audit;

    DataProtectionController(OperatorAccess access, DataProtection protection, AuditTrail audit) {
        this.access = access;
        this.protection = protection;
        this.audit = audit;
    }

    @GetMapping("/audit")
    AuditTrail.Page audit(
            Principal principal,
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String bsn,
            @RequestParam(required = false) String client,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        String admin = requireAdmin(principal, authorization);
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
    AuditTrail.Verification verify(
            Principal principal, @RequestHeader(value = "Authorization", required = false) String authorization) {
        return protection.verify(requireAdmin(principal, authorization));
    }

    @PostMapping("/retention/purge")
    PayloadRetention.Result purge(
            Principal principal, @RequestHeader(value = "Authorization", required = false) String authorization) {
        return protection.purge(requireAdmin(principal, authorization));
    }

    @PostMapping("/bsn/reencrypt")
    BsnReencryption.Result reencrypt(
            Principal principal,
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestParam(defaultValue = "500") int batchSize) {
        return protection.reencrypt(requireAdmin(principal, authorization), batchSize);
    }

    /** The admin token (until role-based security replaces it); returns the actor for the audit trail. */
    private String requireAdmin(Principal principal, String authorization) {
        if (!access.isAdmin(authorization)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Admin token required");
        }
        return AuditTrail.actor(principal, ADMIN);
    }
}
