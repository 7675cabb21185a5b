package nl.ketenhub.canonical;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys that protect BSNs at rest. All come from the environment, never from a file.
 *
 * @param key base64 AES-256 key (32 bytes), env {@code KETENHUB_BSN_KEY}: the single key of a hub
 *     that never rotated, labelled {@code keyId}
 * @param hashKey base64 HMAC-SHA256 key (at least 16 bytes), env {@code KETENHUB_BSN_HASH_KEY}; never
 *     rotated: clients are found by this hash, a new key would orphan every stored hash
 * @param keyId label stored with every ciphertext of {@code key}
 * @param keys several AES-256 keys with their labels, env {@code KETENHUB_BSN_KEYS}, as {@code
 *     k2:<base64>,k1:<base64>}: the first is current (new encryptions), the others only decrypt.
 *     When {@code key} is set too, it joins them as an old key under {@code keyId}
 */
@ConfigurationProperties("ketenhub.bsn")
public record BsnProperties(String key, String hashKey, String keyId, String keys) {

    @ConstructorBinding
    public BsnProperties(String key, String hashKey, @DefaultValue("k1") String keyId, String keys) {
        this.key = key;
        this.hashKey = hashKey;
        this.keyId = keyId;
        this.keys = keys;
    }

    /** One key labelled {@code keyId}, no rotation. */
    public BsnProperties(String key, String hashKey, String keyId) {
        this(key, hashKey, keyId, null);
    }

    @Override
    public String toString() {
        return "BsnProperties[keyId=" + keyId + "]";
    }
}
