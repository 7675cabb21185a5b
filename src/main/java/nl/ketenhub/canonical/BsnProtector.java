package nl.ketenhub.canonical;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts BSNs for storage (AES-256-GCM, random 12-byte IV in front of the ciphertext) and makes the
 * keyed hash (HMAC-SHA256, hex) through which clients are found. Exceptions never contain a BSN.
 * Several encryption keys may be configured (rotation): the first encrypts, every one decrypts what
 * carries its id; {@link BsnReencryption} moves stored BSNs to the current key. The hash key is not
 * rotated: the hash is how a client is found, so a new hash key would need every stored hash
 * recomputed from the decrypted BSNs in one step, while messages keep arriving.
 */
@Component
public final class BsnProtector {

    static final String KEY_ENV = "KETENHUB_BSN_KEY";
    static final String KEYS_ENV = "KETENHUB_BSN_KEYS";
    static final String HASH_KEY_ENV = "KETENHUB_BSN_HASH_KEY";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MIN_HASH_KEY_BYTES = 16;

    /** A BSN encrypted with the key labelled {@code keyId}; {@code ciphertext} is base64(IV + ciphertext). */
    public record Encrypted(String keyId, String ciphertext) {}

    private final Map<String, SecretKeySpec> aesKeys = new LinkedHashMap<>();
    private final SecretKeySpec hmacKey;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    public BsnProtector(BsnProperties properties) {
        if (properties.keys() != null && !properties.keys().isBlank()) {
            for (String labelled : properties.keys().split(",")) {
                int colon = labelled.indexOf(':');
                if (colon < 0) {
                    throw new IllegalStateException(
                            KEYS_ENV + " (ketenhub.bsn.keys) must be a list of <key id>:<base64 key>, comma separated");
                }
                addKey(
                        labelled.substring(0, colon).trim(),
                        labelled.substring(colon + 1),
                        KEYS_ENV,
                        "ketenhub.bsn.keys");
            }
            if (properties.key() != null && !properties.key().isBlank() && !aesKeys.containsKey(properties.keyId())) {
                addKey(properties.keyId(), properties.key(), KEY_ENV, "ketenhub.bsn.key");
            }
        } else {
            addKey(properties.keyId(), properties.key(), KEY_ENV, "ketenhub.bsn.key");
        }
        byte[] hmac = decode(properties.hashKey(), HASH_KEY_ENV, "ketenhub.bsn.hash-key");
        if (hmac.length < MIN_HASH_KEY_BYTES) {
            throw new IllegalStateException(HASH_KEY_ENV + " (ketenhub.bsn.hash-key) must be a base64 key of at least "
                    + MIN_HASH_KEY_BYTES + " bytes, got " + hmac.length + " bytes");
        }
        this.hmacKey = new SecretKeySpec(hmac, "HmacSHA256");
        this.keyId = aesKeys.keySet().iterator().next();
    }

    private void addKey(String id, String base64, String env, String property) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,20}")) {
            throw new IllegalStateException("a BSN key id must be 1 to 20 letters, digits, - or _ (" + property + ")");
        }
        byte[] aes = decode(base64, env, property);
        if (aes.length != 32) {
            throw new IllegalStateException(env + " (" + property + ") must hold base64 AES-256 keys of 32 bytes, key '"
                    + id + "' has " + aes.length + " bytes");
        }
        if (aesKeys.putIfAbsent(id, new SecretKeySpec(aes, "AES")) != null) {
            throw new IllegalStateException("BSN key id '" + id + "' is given twice (" + property + ")");
        }
    }

    private static byte[] decode(String base64, String env, String property) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("Environment variable " + env + " (property " + property
                    + ") is not set: the hub cannot protect BSNs without it");
        }
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Environment variable " + env + " (property " + property + ") is not valid base64");
        }
    }

    /** The keyed hash (64 hex characters) used to find a client; stable for a given hash key. */
    public String hash(String bsn) {
        requireBsnShape(bsn);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return HexFormat.of().formatHex(mac.doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    public Encrypted encrypt(String bsn) {
        requireBsnShape(bsn);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKeys.get(keyId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(bsn.getBytes(StandardCharsets.US_ASCII));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return new Encrypted(keyId, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public String decrypt(Encrypted encrypted) {
        SecretKeySpec aesKey = aesKeys.get(encrypted.keyId());
        if (aesKey == null) {
            throw new IllegalArgumentException(
                    "BSN was encrypted with key '" + encrypted.keyId() + "', the hub has keys " + aesKeys.keySet());
        }
        try {
            byte[] in = Base64.getDecoder().decode(encrypted.ciphertext());
            if (in.length <= IV_BYTES) {
                throw new IllegalArgumentException("Encrypted BSN is too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Encrypted BSN cannot be decrypted (wrong key or tampered)", e);
        }
    }

    /** The ids of every configured key, the current one first. */
    public List<String> keyIds() {
        return List.copyOf(aesKeys.keySet());
    }

    /** The id of the key new encryptions use. */
    public String currentKeyId() {
        return keyId;
    }

    /** The same BSN under the current key; the given value when it already is. */
    public Encrypted reencrypt(Encrypted encrypted) {
        return keyId.equals(encrypted.keyId()) ? encrypted : encrypt(decrypt(encrypted));
    }

    private static void requireBsnShape(String bsn) {
        if (bsn == null || !bsn.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("A BSN must be 9 digits");
        }
    }

    @Override
    public String toString() {
        return "BsnProtector[keyId=" + keyId + ", keys=" + aesKeys.keySet() + "]";
    }
}
