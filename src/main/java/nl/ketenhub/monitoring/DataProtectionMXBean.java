package nl.ketenhub.monitoring;

/**
 * Audit trail and data protection over JMX ({@code nl.ketenhub:type=DataProtection}); the same as
 * {@code /api/admin/audit/verify}, {@code /api/admin/retention/purge} and {@code /api/admin/bsn/reencrypt}.
 */
public interface DataProtectionMXBean {

    /** Recomputes the audit chain: {@code INTACT, n entries} or {@code BROKEN at <seq>: <problem>}. */
    String verifyAuditTrail();

    /** Removes raw payloads past their retention; returns how many per type. */
    String purgePayloads();

    /** Moves BSNs to the current key in batches; returns moved, failed and remaining counts. */
    String reencryptBsns(int batchSize);
}
