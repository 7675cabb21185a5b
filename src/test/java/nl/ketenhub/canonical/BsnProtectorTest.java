package nl.ketenhub.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class BsnProtectorTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String HASH_KEY = Base64.getEncoder().encodeToString("a-hash-key-of-20-byte".getBytes());

    private final BsnProtector protector = new BsnProtector(new BsnProperties(KEY, HASH_KEY, "k1"));

    @Test
    void encryptThenDecryptGivesTheBsnBack() {
        BsnProtector.Encrypted encrypted = protector.encrypt("999900006");

        assertThat(encrypted.keyId()).isEqualTo("k1");
        assertThat(encrypted.ciphertext()).doesNotContain("999900006");
        assertThat(Base64.getDecoder().decode(encrypted.ciphertext())).hasSize(12 + 9 + 16);
        assertThat(protector.decrypt(encrypted)).isEqualTo("999900006");
    }

    @Test
    void everyEncryptionUsesAFreshIv() {
        assertThat(protector.encrypt("999900006").ciphertext())
                .isNotEqualTo(protector.encrypt("999900006").ciphertext());
    }

    @Test
    void tamperedCiphertextIsRefusedWithoutShowingTheBsn() {
        byte[] raw = Base64.getDecoder().decode(protector.encrypt("999900006").ciphertext());
        raw[raw.length - 1] ^= 1;
        BsnProtector.Encrypted tampered =
                new BsnProtector.Encrypted("k1", Base64.getEncoder().encodeToString(raw));

        assertThatThrownBy(() -> protector.decrypt(tampered))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("999900006");
    }

    @Test
    void ciphertextOfAnotherKeyIdIsRefused() {
        BsnProtector.Encrypted other =
                new BsnProtector.Encrypted("k2", protector.encrypt("999900006").ciphertext());

        assertThatThrownBy(() -> protector.decrypt(other)).hasMessageContaining("k2");
    }

    @Test
    void hashIsStableHexAndKeyed() {
        String hash = protector.hash("999900006");

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(protector.hash("999900006"));
        assertThat(hash).isNotEqualTo(protector.hash("999900018"));
        String otherKey = Base64.getEncoder().encodeToString("another-hash-key-20b".getBytes());
        assertThat(new BsnProtector(new BsnProperties(KEY, otherKey, "k1")).hash("999900006"))
                .isNotEqualTo(hash);
    }

    @Test
    void malformedBsnIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> protector.hash("99990000X"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("99990000X");
        assertThatThrownBy(() -> protector.encrypt("12345")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingKeyNamesTheEnvironmentVariable() {
        assertThatThrownBy(() -> new BsnProtector(new BsnProperties(null, HASH_KEY, "k1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KETENHUB_BSN_KEY");
        assertThatThrownBy(() -> new BsnProtector(new BsnProperties(KEY, " ", "k1")))
                .hasMessageContaining("KETENHUB_BSN_HASH_KEY");
    }

    @Test
    void wrongKeyLengthNamesTheEnvironmentVariable() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new BsnProtector(new BsnProperties(shortKey, HASH_KEY, "k1")))
                .hasMessageContaining("KETENHUB_BSN_KEY")
                .hasMessageContaining("32 bytes");
        String shortHashKey = Base64.getEncoder().encodeToString(new byte[8]);
        assertThatThrownBy(() -> new BsnProtector(new BsnProperties(KEY, shortHashKey, "k1")))
                .hasMessageContaining("KETENHUB_BSN_HASH_KEY");
    }

    @Test
    void keyThatIsNoBase64NamesTheEnvironmentVariable() {
        assertThatThrownBy(() -> new BsnProtector(new BsnProperties("not base64!", HASH_KEY, "k1")))
                .hasMessageContaining("KETENHUB_BSN_KEY")
                .hasMessageContaining("base64");
    }

    static final String KEY_2 = Base64.getEncoder().encodeToString("a-second-aes-key-of-32-bytes-!!!".getBytes());

    @Test
    void severalKeysTheFirstEncryptsEveryOneDecryptsItsOwn() {
        BsnProtector.Encrypted underK1 = protector.encrypt("999900006");
        BsnProtector rotated = new BsnProtector(new BsnProperties(null, HASH_KEY, "k1", "k2:" + KEY_2 + ",k1:" + KEY));

        BsnProtector.Encrypted underK2 = rotated.encrypt("999900006");

        assertThat(rotated.currentKeyId()).isEqualTo("k2");
        assertThat(underK2.keyId()).isEqualTo("k2");
        assertThat(rotated.decrypt(underK1)).isEqualTo("999900006");
        assertThat(rotated.decrypt(underK2)).isEqualTo("999900006");
        assertThatThrownBy(() -> protector.decrypt(underK2)).hasMessageContaining("k2");
        assertThat(rotated.hash("999900006")).isEqualTo(protector.hash("999900006"));
    }

    @Test
    void theSingleKeyJoinsTheListAsAnOldKey() {
        BsnProtector rotated = new BsnProtector(new BsnProperties(KEY, HASH_KEY, "k1", "k2:" + KEY_2));

        assertThat(rotated.currentKeyId()).isEqualTo("k2");
        assertThat(rotated.decrypt(protector.encrypt("999900006"))).isEqualTo("999900006");
    }

    @Test
    void reencryptMovesToTheCurrentKeyAndLeavesCurrentOnesAlone() {
        BsnProtector rotated = new BsnProtector(new BsnProperties(null, HASH_KEY, "k1", "k2:" + KEY_2 + ",k1:" + KEY));
        BsnProtector.Encrypted underK2 = rotated.encrypt("999900006");

        BsnProtector.Encrypted moved = rotated.reencrypt(protector.encrypt("999900006"));

        assertThat(moved.keyId()).isEqualTo("k2");
        assertThat(new BsnProtector(new BsnProperties(null, HASH_KEY, "k1", "k2:" + KEY_2)).decrypt(moved))
                .isEqualTo("999900006");
        assertThat(rotated.reencrypt(underK2)).isSameAs(underK2);
    }

    @Test
    void malformedKeyListsAreRefusedWithoutShowingAKey() {
        assertThatThrownBy(() -> new BsnProtector(new BsnProperties(null, HASH_KEY, "k1", KEY)))
                .hasMessageContaining("KETENHUB_BSN_KEYS")
                .hasMessageNotContaining(KEY);
        assertThatThrownBy(
                        () -> new BsnProtector(new BsnProperties(null, HASH_KEY, "k1", "k1:" + KEY + ",k1:" + KEY_2)))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new BsnProtector(new BsnProperties(null, HASH_KEY, "k1", "k 1:" + KEY)))
                .hasMessageContaining("key id");
    }
}
