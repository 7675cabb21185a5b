package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.canonical.Bericht.Status;
import org.junit.jupiter.api.Test;

class NewRowsTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:15:30Z");
    private static final String HASH = "ab".repeat(32);
    private static final BerichtHeader HEADER =
            new BerichtHeader(BerichtType.JW301, "0384", "42420001", "T-1", LocalDate.of(2026, 5, 4), "1.0", "1.0");

    private final NewRows newRows = new NewRows(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anInboundMessageWithoutFindingsIsReceivedNowAndCarriesItsHeaderAndClient() {
        UUID id = UUID.randomUUID();
        MessageRows.NewRow row = newRows.inbound(
                id,
                "0384",
                Channel.JMS,
                new Inspection(BerichtType.JW301, HEADER, null, List.of()),
                "<x/>".getBytes(StandardCharsets.UTF_8),
                List.of(),
                "0384:" + HASH,
                null);

        assertThat(row.id()).isEqualTo(id);
        assertThat(row.direction()).isEqualTo(Direction.IN);
        assertThat(row.status()).isEqualTo(Status.RECEIVED);
        assertThat(row.at()).isEqualTo(NOW);
        assertThat(row.identificatie()).isEqualTo("T-1");
        assertThat(row.clientHash()).isEqualTo(HASH);
        assertThat(row.replayOf()).isNull();
    }

    @Test
    void anInboundMessageWithFindingsIsRejectedAndAReplayNamesItsOriginal() {
        UUID original = UUID.randomUUID();
        Finding finding = Finding.content("TR001", "wrong", "/Header");
        MessageRows.NewRow row = newRows.inbound(
                UUID.randomUUID(),
                "0384",
                Channel.HTTP,
                new Inspection(BerichtType.JW301, HEADER, null, List.of(finding)),
                "<x/>".getBytes(StandardCharsets.UTF_8),
                List.of(finding),
                null,
                new IntakeService.Replay(original, true));

        assertThat(row.status()).isEqualTo(Status.REJECTED);
        assertThat(row.findings()).containsExactly(finding);
        assertThat(row.replayOf()).isEqualTo(original);
        assertThat(row.replayForced()).isTrue();
        assertThat(row.clientHash()).isNull();
    }

    @Test
    void aMessageWithoutAHeaderKeepsTheTypeIntakeSawAndNoHeaderFields() {
        MessageRows.NewRow row = newRows.inbound(
                UUID.randomUUID(),
                "0384",
                Channel.FILE,
                new Inspection(BerichtType.JW301, null, null, List.of(Finding.content("XSD", "bad", "/"))),
                new byte[] {'<', 0, '>'},
                List.of(Finding.content("XSD", "bad", "/")),
                null,
                null);

        assertThat(row.type()).isEqualTo(BerichtType.JW301);
        assertThat(row.afzender()).isNull();
        assertThat(row.dagtekening()).isNull();
        assertThat(row.payload()).isEqualTo("<\uFFFD>");
    }

    @Test
    void anUnloggedMessageIsReceivedWhenIntakeTookItWithTheGivenStatusAndChangeTime() {
        Instant taken = NOW.minusSeconds(3);
        UUID related = UUID.randomUUID();
        MessageLog.Unlogged unlogged = new MessageLog.Unlogged(
                "0384", Channel.JMS, taken, "0384:" + HASH, "<x/>".getBytes(StandardCharsets.UTF_8));

        MessageRows.NewRow row =
                NewRows.unlogged(UUID.randomUUID(), unlogged, HEADER, Status.DELIVERED, related, List.of(), NOW);

        assertThat(row.at()).isEqualTo(taken);
        assertThat(row.updatedAt()).isEqualTo(NOW);
        assertThat(row.status()).isEqualTo(Status.DELIVERED);
        assertThat(row.relatedId()).isEqualTo(related);
        assertThat(row.partner()).isEqualTo("0384");
        assertThat(row.channel()).isEqualTo(Channel.JMS);
        assertThat(row.clientHash()).isEqualTo(HASH);
    }

    @Test
    void aForwardKeepsTheChannelAndHeaderOfItsMessageAndARejectionHasNeither() {
        MessageLog.Entry related = new MessageLog.Entry(
                UUID.randomUUID(),
                "0384",
                Status.RECEIVED,
                null,
                Channel.FILE,
                BerichtType.JW301,
                "0384",
                "42420001",
                "T-1",
                LocalDate.of(2026, 5, 4),
                HASH);
        byte[] payload = "<y/>".getBytes(StandardCharsets.UTF_8);

        MessageRows.NewRow forward = newRows.outbound(
                related, new Outbound("42420001", BerichtType.JW301, payload, Outbound.Kind.FORWARD), Status.DELIVERED);
        MessageRows.NewRow afwijzing = newRows.outbound(
                related, new Outbound("0384", BerichtType.JW302, payload, Outbound.Kind.AFWIJZING), Status.RECEIVED);

        assertThat(forward.direction()).isEqualTo(Direction.OUT);
        assertThat(forward.channel()).isEqualTo(Channel.FILE);
        assertThat(forward.identificatie()).isEqualTo("T-1");
        assertThat(forward.relatedId()).isEqualTo(related.id());
        assertThat(forward.status()).isEqualTo(Status.DELIVERED);
        assertThat(forward.payload()).isEqualTo("<y/>");
        assertThat(afwijzing.channel()).isEqualTo(Channel.HUB);
        assertThat(afwijzing.identificatie()).isNull();
        assertThat(afwijzing.afzender()).isNull();
        assertThat(forward.id()).isNotEqualTo(afwijzing.id());
    }

    @Test
    void onlyAGroupOfOneClientHasAClientHash() {
        assertThat(NewRows.clientHash("0384:" + HASH)).isEqualTo(HASH);
        assertThat(NewRows.clientHash("0384:42420001")).isNull();
        assertThat(NewRows.clientHash(null)).isNull();
    }
}
