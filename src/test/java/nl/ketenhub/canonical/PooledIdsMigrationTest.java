package nl.ketenhub.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** V14__Pooled_ids on a database that already holds rows, on H2 and PostgreSQL. */
class PooledIdsMigrationTest {

    static Stream<Arguments> before14() {
        return MigratedDatabase.bothAt("13");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("before14")
    void idsHandedOutAfterTheMigrationLieAfterTheIdsInUse(String name, Supplier<MigratedDatabase> database)
            throws Exception {
        try (MigratedDatabase db = database.get()) {
            CanonicalRows rows = new CanonicalRows(db.jdbc());
            long client = rows.client("0384", "a".repeat(64));
            rows.jdbc()
                    .update(
                            "insert into toewijzing (id, gemeente, standaard, toewijzingnummer, client_id, aanbieder)"
                                    + " values (700, '0384', 'IJW', 1, ?, '42420001')",
                            client);

            db.migrate(null);

            // a plain insert draws from the sequence the entities use, and a pooled block ends at the
            // value drawn: the whole block must lie after the ids in use
            long next = rows.toewijzing("0384", 2, client, "42420001");
            assertThat(next - 49).isGreaterThan(700);
            long nextClient = rows.client("0384", "b".repeat(64));
            assertThat(nextClient - 49).isGreaterThan(client);
            assertThat(db.jdbc().queryForObject("select count(*) from toewijzing", Integer.class))
                    .isEqualTo(2);
        }
    }
}
