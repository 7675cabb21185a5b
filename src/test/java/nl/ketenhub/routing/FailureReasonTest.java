package nl.ketenhub.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import nl.ketenhub.monitoring.BsnMask;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.UncategorizedSQLException;

class FailureReasonTest {

    /** A test BSN (9999 range, passes the 11-proef). */
    private static final String BSN = "999990019";

    @Test
    void aFailureIsItsTypeAndMessageWithBsnsMasked() {
        assertThat(FailureReason.of(new IllegalStateException("no client " + BSN)))
                .isEqualTo("IllegalStateException: no client *********");
        assertThat(FailureReason.of(null)).isEqualTo("unknown");
    }

    @Test
    void aRefusedBatchIsDescribedByTheDatabasesErrorNotByItsStatementAndPayload() {
        BatchUpdateException batch = new BatchUpdateException(
                "Batch entry 0 insert into bericht (...) values ('<Bsn>" + BSN + "</Bsn>" + "x".repeat(3000)
                        + "') was aborted: ERROR: refused by the test",
                new int[0]);
        batch.setNextException(new SQLException("ERROR: refused by the test\n  Where: PL/pgSQL function"));
        UncategorizedSQLException failure = new UncategorizedSQLException("PreparedStatementCallback", "insert", batch);

        String reason = FailureReason.of(failure);

        assertThat(reason)
                .startsWith("UncategorizedSQLException: a batch of statements failed: ERROR: refused by the test")
                .doesNotContain("<Bsn>")
                .hasSizeLessThan(200);
        assertThat(BsnMask.containsBsn(reason)).isFalse();
    }
}
