package nl.ketenhub.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/** Key rotation on stored clients: encrypt under k1, rotate to k2, re-encrypt, drop k1. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BsnReencryptionTest {

    static final String K1 = BsnProtectorTest.KEY;
    static final String K2 = BsnProtectorTest.KEY_2;
    static final String HASH_KEY = BsnProtectorTest.HASH_KEY;
    static final List<String> BSNS = List.of("999900006", "999900018", "999900031", "999900043", "999900055");

    private final BsnProtector onlyK1 = new BsnProtector(new BsnProperties(K1, HASH_KEY, "k1"));
    private final BsnProtector rotated = new BsnProtector(new BsnProperties(K1, HASH_KEY, "k1", "k2:" + K2));
    private final BsnProtector onlyK2 = new BsnProtector(new BsnProperties(null, HASH_KEY, "k1", "k2:" + K2));

    private MigratedDatabase database;
    private JdbcTemplate jdbc;

    @BeforeAll
    void migrate() {
        database = MigratedDatabase.h2();
        jdbc = database.jdbc();
    }

    @BeforeEach
    void storeClientsUnderK1() {
        jdbc.update("delete from client");
        for (String bsn : BSNS) {
            BsnProtector.Encrypted encrypted = onlyK1.encrypt(bsn);
            jdbc.update(
                    "insert into client (gemeente, standaard, bsn_hash, bsn_encrypted, key_id, created_at)"
                            + " values ('0384', 'IJW', ?, ?, ?, ?)",
                    onlyK1.hash(bsn),
                    encrypted.ciphertext(),
                    encrypted.keyId(),
                    OffsetDateTime.now());
        }
    }

    @AfterAll
    void drop() throws Exception {
        database.close();
    }

    private BsnReencryption job(BsnProtector protector) {
        return new BsnReencryption(jdbc, database.transactions(), protector);
    }

    private List<BsnProtector.Encrypted> stored() {
        return jdbc.query(
                "select key_id, bsn_encrypted from client order by id",
                (rs, i) -> new BsnProtector.Encrypted(rs.getString(1), rs.getString(2)));
    }

    @Test
    void afterRotationOldAndNewAreReadableAndTheJobMovesEveryRowToTheNewKey() {
        BsnProtector.Encrypted newOne = rotated.encrypt("999900067");
        assertThat(newOne.keyId()).isEqualTo("k2");
        assertThat(stored()).allSatisfy(e -> assertThat(rotated.decrypt(e)).isIn(BSNS));

        BsnReencryption.Result result = job(rotated).run(2);

        assertThat(result).isEqualTo(new BsnReencryption.Result("k2", 5, 0, 0));
        assertThat(stored()).extracting(BsnProtector.Encrypted::keyId).containsOnly("k2");
        assertThat(stored()).extracting(onlyK2::decrypt).containsExactlyElementsOf(BSNS);
        assertThat(jdbc.queryForList("select bsn_hash from client order by id", String.class))
                .containsExactlyElementsOf(BSNS.stream().map(onlyK2::hash).toList());
    }

    @Test
    void theJobIsIdempotentAndResumable() {
        jdbc.update(
                "update client set key_id = 'k2', bsn_encrypted = ? where id = (select min(id) from client)",
                rotated.reencrypt(stored().get(0)).ciphertext());

        assertThat(job(rotated).run(500).moved()).isEqualTo(4);
        assertThat(job(rotated).run(500)).isEqualTo(new BsnReencryption.Result("k2", 0, 0, 0));
        assertThat(stored()).extracting(onlyK2::decrypt).containsExactlyElementsOf(BSNS);
    }

    @Test
    void withoutTheOldKeyRowsAreCountedAsFailedAndStayUntouched() {
        assertThatThrownBy(() -> onlyK2.decrypt(stored().get(0))).hasMessageContaining("k1");

        BsnReencryption.Result result = job(onlyK2).run(2);

        assertThat(result).isEqualTo(new BsnReencryption.Result("k2", 0, 5, 5));
        assertThat(stored()).extracting(onlyK1::decrypt).containsExactlyElementsOf(BSNS);
    }
}
