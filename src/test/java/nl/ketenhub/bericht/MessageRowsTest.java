package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.canonical.Bericht.Status;
import nl.ketenhub.canonical.MigratedDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The message log's plain statements on H2 and PostgreSQL: what they write is what the columns hold. */
class MessageRowsTest {

    private static final Instant AT = Instant.parse("2026-04-01T10:15:30Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void anInsertHoldsEveryColumnAndEachFindingInOrderEvenWhenTwoAreEqual(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            MessageRows rows = new MessageRows(jdbc);
            UUID id = UUID.randomUUID();
            UUID original = UUID.randomUUID();
            Finding twice = Finding.content("CS002", "een regel", "Client");
            rows.insert(new MessageRows.NewRow(
                    id,
                    Direction.IN,
                    Channel.JMS,
                    "42420001",
                    BerichtType.JW315,
                    "42420001",
                    "0384",
                    "ID-1",
                    LocalDate.of(2026, 3, 31),
                    Status.REJECTED,
                    AT,
                    "<Bericht/>",
                    null,
                    "a".repeat(64),
                    original,
                    true,
                    List.of(twice, twice, Finding.content("TR056", "x".repeat(2500), "")),
                    AT));

            Map<String, Object> row = jdbc.queryForMap("select * from bericht where id = ?", id);
            assertThat(row)
                    .containsEntry("DIRECTION", "IN")
                    .containsEntry("CHANNEL", "JMS")
                    .containsEntry("BERICHT_TYPE", "JW315")
                    .containsEntry("BERICHT_CODE", "446")
                    .containsEntry("STATUS", "REJECTED")
                    .containsEntry("PAYLOAD", "<Bericht/>")
                    .containsEntry("REPLAY_FORCED", true);
            assertThat(rows.head(id)).hasValueSatisfying(head -> {
                assertThat(head.type()).isEqualTo(BerichtType.JW315);
                assertThat(head.dagtekening()).isEqualTo(LocalDate.of(2026, 3, 31));
                assertThat(head.replayOf()).isEqualTo(original);
                assertThat(head.status()).isEqualTo(Status.REJECTED);
                assertThat(head.channel()).isEqualTo(Channel.JMS);
            });
            assertThat(jdbc.queryForList(
                            "select seq from bericht_finding where bericht_id = ? order by seq", Integer.class, id))
                    .containsExactly(0, 1, 2);
            assertThat(jdbc.queryForObject(
                            "select length(message) from bericht_finding where bericht_id = ? and seq = 2",
                            Integer.class,
                            id))
                    .isEqualTo(2000);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void aDecisionSetsTheStatusAndAddsFindingsAfterTheOnesThere(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            MessageRows rows = new MessageRows(jdbc);
            UUID id = UUID.randomUUID();
            rows.insert(new MessageRows.NewRow(
                    id,
                    Direction.IN,
                    Channel.FILE,
                    "0384",
                    null,
                    null,
                    null,
                    null,
                    null,
                    Status.RECEIVED,
                    AT,
                    "x",
                    null,
                    null,
                    null,
                    false,
                    List.of(Finding.content("OP192", "bom", "")),
                    AT));
            assertThat(rows.head(UUID.randomUUID())).isEmpty();

            rows.decide(
                    id,
                    Status.ACCEPTED,
                    AT.plusSeconds(5),
                    null,
                    List.of(Finding.content("TR135", "te laat", "Header")));

            assertThat(rows.head(id).orElseThrow().status()).isEqualTo(Status.ACCEPTED);
            assertThat(jdbc.queryForList(
                            "select rule from bericht_finding where bericht_id = ? order by seq", String.class, id))
                    .containsExactly("OP192", "TR135");
            assertThat(jdbc.queryForObject("select related_id from bericht where id = ?", UUID.class, id))
                    .isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void aDecisionThatAnswersAMessageLinksItInTheSameUpdate(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            MessageRows rows = new MessageRows(jdbc);
            UUID id = heen(rows, Status.RECEIVED, "42420001", LocalDate.of(2026, 3, 31), 0);
            UUID heen = UUID.randomUUID();

            rows.decide(id, Status.DELIVERED, AT.plusSeconds(5), heen, List.of());

            assertThat(jdbc.queryForMap("select status, related_id from bericht where id = ?", id))
                    .containsEntry("STATUS", "DELIVERED")
                    .containsEntry("RELATED_ID", heen);
            assertThat(jdbc.queryForObject(
                            "select count(*) from bericht_finding where bericht_id = ?", Integer.class, id))
                    .isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void theHeenberichtIsTheLatestAcceptedOneToThatReceiverOnThatDagtekening(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            MessageRows rows = new MessageRows(database.jdbc());
            LocalDate dag = LocalDate.of(2026, 3, 31);
            UUID older = heen(rows, Status.DELIVERED, "42420001", dag, 0);
            UUID latest = heen(rows, Status.ACCEPTED, "42420001", dag, 60);
            heen(rows, Status.REJECTED, "42420001", dag, 120);
            heen(rows, Status.RECEIVED, "42420001", dag, 180);
            heen(rows, Status.DELIVERED, "42420002", dag, 240);
            heen(rows, Status.DELIVERED, "42420001", dag.plusDays(1), 300);

            assertThat(rows.heenbericht("0384", "436", "ID-7", "42420001", dag)).contains(latest);
            assertThat(rows.heenbericht("0384", "436", "ID-7", "42420003", dag)).isEmpty();
            assertThat(rows.heenbericht("0384", "436", "ID-8", "42420001", dag)).isEmpty();
            assertThat(rows.heenbericht("0384", "414", "ID-7", "42420001", dag)).isEmpty();
            assertThat(rows.heenbericht("0363", "436", "ID-7", "42420001", dag)).isEmpty();
            assertThat(older).isNotEqualTo(latest);
        }
    }

    private static UUID heen(MessageRows rows, Status status, String ontvanger, LocalDate dagtekening, int seconds) {
        UUID id = UUID.randomUUID();
        rows.insert(new MessageRows.NewRow(
                id,
                Direction.IN,
                Channel.JMS,
                "0384",
                BerichtType.JW301,
                "0384",
                ontvanger,
                "ID-7",
                dagtekening,
                status,
                AT.plusSeconds(seconds),
                "<Bericht/>",
                null,
                null,
                null,
                false,
                List.of(),
                AT.plusSeconds(seconds)));
        return id;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void anInsertIfAbsentWritesANewIdWithItsFindingsAndLeavesAnExistingRowAndItsFindingsAlone(
            String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            MessageRows rows = new MessageRows(jdbc);
            UUID id = UUID.randomUUID();

            boolean first =
                    rows.insertIfAbsent(inbound(id, Status.REJECTED, "eerste", Finding.content("OP192", "bom", "")));
            boolean second =
                    rows.insertIfAbsent(inbound(id, Status.RECEIVED, "tweede", Finding.content("TR135", "laat", "")));

            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(jdbc.queryForMap("select status, payload, channel, replay_of from bericht where id = ?", id))
                    .containsEntry("STATUS", "REJECTED")
                    .containsEntry("PAYLOAD", "eerste")
                    .containsEntry("CHANNEL", "JMS")
                    .containsEntry("REPLAY_OF", null);
            assertThat(jdbc.queryForList("select rule from bericht_finding where bericht_id = ?", String.class, id))
                    .containsExactly("OP192");
            assertThat(rows.head(id)).hasValueSatisfying(head -> {
                assertThat(head.type()).isEqualTo(BerichtType.WMO301);
                assertThat(head.dagtekening()).isEqualTo(LocalDate.of(2026, 3, 31));
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void insertAllWritesEveryRowWithItsOwnColumnsAndFindings(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            MessageRows rows = new MessageRows(jdbc);
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();

            rows.insertAll(List.of(
                    inbound(first, Status.DELIVERED, "een", Finding.content("OP192", "bom", "")),
                    inbound(second, Status.RECEIVED, "twee", Finding.content("TR135", "laat", ""))));

            assertThat(jdbc.queryForList(
                            "select payload from bericht where id in (?, ?) order by payload",
                            String.class,
                            first,
                            second))
                    .containsExactly("een", "twee");
            assertThat(rows.head(first).orElseThrow().status()).isEqualTo(Status.DELIVERED);
            assertThat(rows.head(second).orElseThrow().status()).isEqualTo(Status.RECEIVED);
            assertThat(jdbc.queryForList("select rule from bericht_finding where bericht_id = ?", String.class, second))
                    .containsExactly("TR135");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void headAndNamesakesReadsTheRowAndOnlyTheSendersOtherAcceptedInboundRowsWithItsIdentificatie(
            String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            MessageRows rows = new MessageRows(database.jdbc());
            UUID self = UUID.randomUUID();
            UUID accepted = UUID.randomUUID();
            UUID delivered = UUID.randomUUID();
            rows.insert(namesake(self, Direction.IN, Status.RECEIVED, "0384", "ID-7"));
            rows.insert(namesake(accepted, Direction.IN, Status.ACCEPTED, "0384", "ID-7"));
            rows.insert(namesake(delivered, Direction.IN, Status.DELIVERED, "0384", "ID-7"));
            rows.insert(namesake(UUID.randomUUID(), Direction.IN, Status.REJECTED, "0384", "ID-7"));
            rows.insert(namesake(UUID.randomUUID(), Direction.IN, Status.RECEIVED, "0384", "ID-7"));
            rows.insert(namesake(UUID.randomUUID(), Direction.OUT, Status.DELIVERED, "0384", "ID-7"));
            rows.insert(namesake(UUID.randomUUID(), Direction.IN, Status.ACCEPTED, "0385", "ID-7"));
            rows.insert(namesake(UUID.randomUUID(), Direction.IN, Status.ACCEPTED, "0384", "ID-8"));

            List<MessageLog.Entry> found =
                    rows.headAndNamesakes(self, "0384", BerichtType.WMO301.berichtCode(), "ID-7");
            List<MessageLog.Entry> decidedSelf =
                    rows.headAndNamesakes(accepted, "0384", BerichtType.WMO301.berichtCode(), "ID-7");

            assertThat(found).extracting(MessageLog.Entry::id).containsExactlyInAnyOrder(self, accepted, delivered);
            assertThat(found)
                    .filteredOn(e -> e.id().equals(self))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.status()).isEqualTo(Status.RECEIVED);
                        assertThat(e.partner()).isEqualTo("0384");
                        assertThat(e.type()).isEqualTo(BerichtType.WMO301);
                    });
            // a row that is itself accepted is read once, not again as its own namesake
            assertThat(decidedSelf).extracting(MessageLog.Entry::id).containsExactlyInAnyOrder(accepted, delivered);
            assertThat(rows.headAndNamesakes(UUID.randomUUID(), "0384", "414", "ID-9"))
                    .isEmpty();
        }
    }

    private static MessageRows.NewRow namesake(
            UUID id, Direction direction, Status status, String afzender, String identificatie) {
        return row(id, direction, status, afzender, identificatie, "x", List.of());
    }

    private static MessageRows.NewRow inbound(UUID id, Status status, String payload, Finding finding) {
        return row(id, Direction.IN, status, "0384", "ID-2", payload, List.of(finding));
    }

    /** A WMO301 row of gemeente 0384's JMS channel. */
    private static MessageRows.NewRow row(
            UUID id,
            Direction direction,
            Status status,
            String afzender,
            String identificatie,
            String payload,
            List<Finding> findings) {
        return new MessageRows.NewRow(
                id,
                direction,
                Channel.JMS,
                "0384",
                BerichtType.WMO301,
                afzender,
                "42420001",
                identificatie,
                LocalDate.of(2026, 3, 31),
                status,
                AT,
                payload,
                null,
                null,
                null,
                false,
                findings,
                AT);
    }
}
