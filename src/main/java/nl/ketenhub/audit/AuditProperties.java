package nl.ketenhub.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Audit trail settings ({@code ketenhub.audit}).
 *
 * @param key base64 HMAC-SHA256 key (at least 16 bytes) that seals the hash chain, env {@code
 *     KETENHUB_AUDIT_KEY}. Without it the chain uses plain SHA-256: it still detects an edit that
 *     does not recompute every later hash, but someone with write access to the database could
 *     rewrite the chain; with the key they cannot
 */
@ConfigurationProperties("ketenhub.audit")
public record AuditProperties(String key) {

    @Override
    public String toString() {
        return "AuditProperties[key=" + (key == null || key.isBlank() ? "none" : "set") + "]";
    }
}
