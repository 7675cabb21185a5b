package nl.ketenhub.canonical;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves stored BSNs to the current key after a rotation: reads clients whose key id is not the
 * current one in batches (by id, each batch its own transaction), decrypts with the old key and
 * encrypts with the current one. Idempotent (a moved row no longer matches) and resumable (a
 * stopped run leaves the rest for the next). A row whose key the hub no longer has is counted and
 * skipped. When {@link Result#remaining} is 0 the old key can be removed from the configuration.
 */
@Component
public class BsnReencryption {

    private static final Logger LOG = LoggerFactory.getLogger(BsnReencryption.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final BsnProtector protector;

    BsnReencryption(JdbcTemplate jdbc, PlatformTransactionManager transactions, BsnProtector protector) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.protector = protector;
    }

    /**
     * @param moved rows now under the current key
     * @param failed rows that could not be decrypted (key missing or data damaged)
     * @param remaining rows still under another key after this run (the failed ones included)
     */
    public record Result(String currentKey, long moved, long failed, long remaining) {}

    private record Row(long id, String ciphertext, String keyId) {}

    public Result run(int batchSize) {
        String current = protector.currentKeyId();
        long lastId = 0;
        long moved = 0;
        long failed = 0;
        while (true) {
            List<Row> batch = jdbc.query(
                    "select id, bsn_encrypted, key_id from client where key_id <> ? and id > ? order by id fetch first "
                            + Math.max(1, batchSize) + " rows only",
                    (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)),
                    current,
                    lastId);
            if (batch.isEmpty()) {
                break;
            }
            long[] counts = transaction.execute(status -> moveAll(batch, current));
            moved += counts[0];
            failed += counts[1];
            lastId = batch.get(batch.size() - 1).id();
        }
        Long remaining = jdbc.queryForObject("select count(*) from client where key_id <> ?", Long.class, current);
        LOG.info(
                "BSN re-encryption to key {}: {} moved, {} could not be decrypted, {} left under other keys",
                current,
                moved,
                failed,
                remaining);
        return new Result(current, moved, failed, remaining == null ? 0 : remaining);
    }

    private long[] moveAll(List<Row> batch, String current) {
        long moved = 0;
        long failed = 0;
        for (Row row : batch) {
            BsnProtector.Encrypted now;
            try {
                now = protector.reencrypt(new BsnProtector.Encrypted(row.keyId(), row.ciphertext()));
            } catch (IllegalArgumentException e) {
                LOG.warn("client {}: BSN cannot be re-encrypted: {}", row.id(), e.getMessage());
                failed++;
                continue;
            }
            moved += jdbc.update(
                    "update client set bsn_encrypted = ?, key_id = ? where id = ? and key_id = ?",
                    now.ciphertext(),
                    current,
                    row.id(),
                    row.keyId());
        }
        return new long[] {moved, failed};
    }
}
