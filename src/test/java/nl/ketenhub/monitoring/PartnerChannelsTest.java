package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import nl.ketenhub.canonical.MigratedDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The pause of a partner's channel as the pipeline reads it: once per database transaction. */
class PartnerChannelsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void aTransactionReadsAPartnersPauseOnceAndTheNextTransactionReadsItAgain(
            String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            PartnerChannels channels = channels(jdbc);
            TransactionTemplate transaction = new TransactionTemplate(database.transactions());

            boolean[] seen = transaction.execute(status -> {
                boolean before = channels.isPausedInThisTransaction("42420001");
                boolean other = channels.isPausedInThisTransaction("0384");
                pauseElsewhere(jdbc, "42420001");
                return new boolean[] {
                    before, other, channels.isPausedInThisTransaction("42420001"), channels.isPaused("42420001")
                };
            });
            boolean next = transaction.execute(status -> channels.isPausedInThisTransaction("42420001"));

            assertThat(seen[0]).isFalse();
            assertThat(seen[1]).isFalse();
            // the pause is committed and visible to this transaction's own statements, but not read again
            assertThat(seen[3]).isTrue();
            assertThat(seen[2]).isFalse();
            assertThat(next).isTrue();
            assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void outsideATransactionEveryCallReadsThePause(String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            PartnerChannels channels = channels(jdbc);

            boolean before = channels.isPausedInThisTransaction("42420001");
            pauseElsewhere(jdbc, "42420001");

            assertThat(before).isFalse();
            assertThat(channels.isPausedInThisTransaction("42420001")).isTrue();
        }
    }

    private static PartnerChannels channels(JdbcTemplate jdbc) {
        // the partner directory, delivery queue, activity and audit trail serve pause and resume, not these reads
        return new PartnerChannels(jdbc, null, null, null, Clock.systemUTC(), null);
    }

    /** A pause committed by another connection (another node, or an operator's request). */
    private static void pauseElsewhere(JdbcTemplate jdbc, String partner) {
        try (Connection connection = jdbc.getDataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into partner_kanaal (partner, paused, changed_at) values (?, true, ?)")) {
            connection.setAutoCommit(true);
            insert.setString(1, partner);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
