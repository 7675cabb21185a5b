package nl.ketenhub.canonical;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys that protect BSNs at rest. Both come from the environment, never from a file.
 *
 * @param key base64 AES-256 key (32 bytes), env {@code KETENHUB_BSN_KEY}
 * @param hashKey base64 HMAC-SHA256 key (at least 16 bytes), env {@code KETENHUB_BSN_HASH_KEY}
 * @param keyId label stored with every ciphertext so keys can be rotated later
 */
@ConfigurationProperties("ketenhub.bsn")
public record BsnProperties(String key, String hashKey, @DefaultValue("k1") String keyId) {

    @Override
    public String toString() {
        return "BsnProperties[keyId=" + keyId + "]";
    }
}
