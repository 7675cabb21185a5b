package nl.ketenhub.monitoring;

import nl.ketenhub.audit.AuditTrail;
import nl.ketenhub.bericht.PayloadRetention;
import nl.ketenhub.canonical.BsnProtector;
import nl.ketenhub.canonical.BsnReencryption;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The administrators' data-protection operations, the same over REST and JMX: verify the audit
 * trail, purge payloads past their retention, move BSNs to the current key. Each is recorded in the
 * audit trail with the administrator who asked.
 */
@Component
class DataProtection {

    static final String KEY_ROTATED = "BSN_KEY_IN_USE";

    private final AuditTrail audit;
    private final PayloadRetention retention;
    private final BsnReencryption reencryption;
    private final BsnProtector protector;

    DataProtection(AuditTrail audit, PayloadRetention retention, BsnReencryption reencryption, BsnProtector protector) {
        this.audit = audit;
        this.retention = retention;
        this.reencryption = reencryption;
        this.protector = protector;
    }

    /**
     * A key rotation is a configuration change (the environment), so the hub records it when it
     * starts with another current BSN key than the trail last saw.
     */
    @EventListener(ApplicationReadyEvent.class)
    void recordKeyRotation() {
        String current = protector.currentKeyId();
        if (!current.equals(audit.lastTarget(KEY_ROTATED))) {
            audit.record(
                    new AuditTrail.Event("system", null, KEY_ROTATED, current, null, "OK, keys " + protector.keyIds()));
        }
    }

    AuditTrail.Verification verify(String actor) {
        AuditTrail.Verification result = audit.verify();
        audit.record(new AuditTrail.Event(
                actor,
                null,
                "VERIFY_AUDIT",
                "audit_entry",
                null,
                result.intact() ? "OK, " + result.entries() + " entries" : "BROKEN at " + result.firstBroken()));
        return result;
    }

    AuditTrail.Page read(String actor, AuditTrail.Filter filter) {
        AuditTrail.Page page = audit.read(filter);
        audit.record(new AuditTrail.Event(
                actor,
                null,
                "READ_AUDIT",
                "audit_entry" + (filter.actor() == null ? "" : " actor=" + filter.actor()),
                filter.clientHash(),
                "OK, " + page.entries().size() + " entries"));
        return page;
    }

    PayloadRetention.Result purge(String actor) {
        return retention.purge(actor);
    }

    BsnReencryption.Result reencrypt(String actor, int batchSize) {
        BsnReencryption.Result result = reencryption.run(batchSize);
        audit.record(new AuditTrail.Event(
                actor,
                null,
                "REENCRYPT_BSN",
                "client",
                null,
                "OK, to key " + result.currentKey() + ": " + result.moved() + " moved, " + result.failed() + " failed, "
                        + result.remaining() + " remaining"));
        return result;
    }
}
