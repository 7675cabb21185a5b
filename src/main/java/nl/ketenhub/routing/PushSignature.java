package nl.ketenhub.routing;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of an HTTP push: {@code X-Ketenhub-Signature: sha256=<hex HMAC-SHA256 of the body
 * with the partner's shared secret>}, so the receiver can check that the body came from the hub
 * unchanged. The receiver deduplicates on {@code Idempotency-Key}, the outbound message id.
 */
final class PushSignature {

    static final String HEADER = "X-Ketenhub-Signature";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String ALGORITHM = "HmacSHA256";

    private PushSignature() {}

    static String of(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
