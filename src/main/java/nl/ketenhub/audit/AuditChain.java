package nl.ketenhub.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash of one audit entry: HMAC-SHA256 (or SHA-256 without a key) over the previous entry's hash
 * and every field of the entry, each field length-prefixed so no two different entries encode alike.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final int MIN_KEY_BYTES = 16;

    private final SecretKeySpec key;

    AuditChain(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            this.key = null;
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("KETENHUB_AUDIT_KEY (ketenhub.audit.key) is not valid base64");
        }
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalStateException(
                    "KETENHUB_AUDIT_KEY (ketenhub.audit.key) must be at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    boolean keyed() {
        return key != null;
    }

    String hash(String previous, long seq, Instant at, AuditTrail.Event event) {
        StringBuilder content = new StringBuilder(256);
        for (String field : new String[] {
            previous,
            Long.toString(seq),
            at.toString(),
            event.actor(),
            event.onBehalfOf(),
            event.action(),
            event.target(),
            event.clientHash(),
            event.outcome()
        }) {
            content.append(field == null ? "-" : field.length() + ":" + field).append('|');
        }
        byte[] bytes = content.toString().getBytes(StandardCharsets.UTF_8);
        try {
            if (key == null) {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
