package nl.ketenhub.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import nl.ketenhub.bericht.Standaard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import testsupport.JpaTestConfiguration;

/**
 * The client ids {@link Clients} keeps across transactions, with committed and rolled-back
 * transactions of their own (the repository contract rolls every test back). A kept id is proven by
 * deleting its row behind the hub's back: the look-up still answers without asking the database.
 */
@SpringBootTest(classes = JpaTestConfiguration.class)
class ClientsTest {

    private static final String BSN = "999900018";

    @Autowired
    Clients clients;

    @Autowired
    ClientRepository repository;

    @Autowired
    BsnProtector protector;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, TestDatabases.newSchemaName());
    }

    @AfterEach
    void removeClients() {
        jdbc.update("delete from client");
        clients.forgetAll();
    }

    @Test
    void aCommittedClientsIdIsKeptAndFoundWithoutAQuery() {
        long created = inTransaction(() -> clients.findOrCreate("0384", Standaard.IJW, BSN));
        jdbc.update("delete from client");

        assertThat(inTransaction(() -> clients.find("0384", Standaard.IJW, BSN)))
                .contains(created);
        assertThat(clients.keptIds()).isEqualTo(1);
        // the key is the gemeente, the standaard and the BSN's hash: another gemeente is another client
        assertThat(inTransaction(() -> clients.find("0363", Standaard.IJW, BSN)))
                .isEmpty();
        assertThat(inTransaction(() -> clients.find("0384", Standaard.IWMO, BSN)))
                .isEmpty();

        clients.forgetAll();

        assertThat(inTransaction(() -> clients.find("0384", Standaard.IJW, BSN)))
                .isEmpty();
    }

    @Test
    void aClientFoundInTheDatabaseIsKeptOnceItsTransactionCommits() {
        long created = inTransaction(() -> clients.findOrCreate("0384", Standaard.IJW, BSN));
        clients.forgetAll();

        assertThat(inTransaction(() -> clients.find("0384", Standaard.IJW, BSN)))
                .contains(created);
        jdbc.update("delete from client");

        assertThat(inTransaction(() -> clients.find("0384", Standaard.IJW, BSN)))
                .contains(created);
    }

    @Test
    void aClientCreatedInARolledBackTransactionIsNotKept() {
        transactions.executeWithoutResult(status -> {
            long created = clients.findOrCreate("0384", Standaard.IJW, BSN);
            // within its own transaction it is known at once
            assertThat(clients.find("0384", Standaard.IJW, BSN)).contains(created);
            status.setRollbackOnly();
        });

        assertThat(clients.keptIds()).isZero();
        assertThat(inTransaction(() -> clients.find("0384", Standaard.IJW, BSN)))
                .isEmpty();
        long again = inTransaction(() -> clients.findOrCreate("0384", Standaard.IJW, BSN));
        assertThat(jdbc.queryForObject("select id from client", Long.class)).isEqualTo(again);
    }

    @Test
    void aClientReadInARolledBackTransactionIsNotKept() {
        long created = inTransaction(() -> clients.findOrCreate("0384", Standaard.IJW, BSN));
        clients.forgetAll();

        transactions.executeWithoutResult(status -> {
            assertThat(clients.find("0384", Standaard.IJW, BSN)).contains(created);
            status.setRollbackOnly();
        });

        assertThat(clients.keptIds()).isZero();
    }

    @Test
    void zeroKeepsNoIdAndTheSettingBoundsHowManyAreKeptAndTheMetricsCountHits() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Clients keepingNone =
                new Clients(repository, protector, Optional.empty(), new ClientProperties(0), Optional.empty());
        long created = inTransaction(() -> keepingNone.findOrCreate("0384", Standaard.IJW, BSN));
        assertThat(inTransaction(() -> keepingNone.find("0384", Standaard.IJW, BSN)))
                .contains(created);
        jdbc.update("delete from client");
        assertThat(inTransaction(() -> keepingNone.find("0384", Standaard.IJW, BSN)))
                .isEmpty();

        Clients keepingOne =
                new Clients(repository, protector, Optional.empty(), new ClientProperties(1), Optional.of(meters));
        inTransaction(() -> keepingOne.findOrCreate("0384", Standaard.IJW, BSN));
        inTransaction(() -> keepingOne.findOrCreate("0384", Standaard.IJW, "999900031"));
        assertThat(keepingOne.keptIds()).isEqualTo(1);
        inTransaction(() -> keepingOne.find("0384", Standaard.IJW, "999900031"));
        assertThat(meters.get("cache.gets")
                        .tags("cache", "ketenhub.kept-ids", "result", "hit")
                        .functionCounter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get("cache.size")
                        .tag("cache", "ketenhub.kept-ids")
                        .gauge()
                        .value())
                .isEqualTo(1);

        assertThatThrownBy(() -> new ClientProperties(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ketenhub.clients.cache-size");
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
