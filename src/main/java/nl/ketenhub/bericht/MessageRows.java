package nl.ketenhub.bericht;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.canonical.Bericht.Status;
import nl.ketenhub.canonical.BerichtFinding;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The message log's writes and reads on every message's path, in plain SQL: the intake's entry, the
 * pipeline's look-up of it, its decision and the outbound messages it logs. Through Hibernate each
 * cost an entity load or a persist, a dirty check and a flush; here one statement each. The same
 * table and columns as the {@code Bericht} entity, which the other (operator) paths still use.
 */
@Component
class MessageRows {

    private final JdbcTemplate jdbc;

    MessageRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new row of the bericht table, with its findings; received {@code at}, last changed {@code updatedAt}. */
    record NewRow(
            UUID id,
            Direction direction,
            Channel channel,
            String partner,
            BerichtType type,
            String afzender,
            String ontvanger,
            String identificatie,
            LocalDate dagtekening,
            Status status,
            Instant at,
            String payload,
            UUID relatedId,
            String clientHash,
            UUID replayOf,
            boolean replayForced,
            List<Finding> findings,
            Instant updatedAt) {

        /** The columns the pipeline works with, as a logged row would give them. */
        MessageLog.Entry entry() {
            return new MessageLog.Entry(
                    id,
                    partner,
                    status,
                    replayOf,
                    channel,
                    type,
                    afzender,
                    ontvanger,
                    identificatie,
                    dagtekening,
                    clientHash);
        }
    }

    private static final String COLUMNS =
            """
            insert into bericht (id, direction, channel, partner, bericht_type, bericht_code, afzender, ontvanger,
              identificatie, dagtekening, status, received_at, updated_at, payload, related_id, client_hash,
              replay_of, replay_forced)
            """;

    /** One parameter per column of {@link #COLUMNS}, in {@link #bind}'s order. */
    private static final String PARAMETERS = String.join(", ", Collections.nCopies(18, "?"));

    void insert(NewRow row) {
        jdbc.update(COLUMNS + "values (" + PARAMETERS + ")", ps -> bind(ps, row));
        addFindings(row.id(), 0, row.findings());
    }

    /** As {@link #insert} for each row, in order; the rows in one batch of statements. */
    void insertAll(List<NewRow> newRows) {
        if (newRows.size() == 1) {
            insert(newRows.get(0));
            return;
        }
        jdbc.batchUpdate(COLUMNS + "values (" + PARAMETERS + ")", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                bind(ps, newRows.get(i));
            }

            @Override
            public int getBatchSize() {
                return newRows.size();
            }
        });
        newRows.forEach(row -> addFindings(row.id(), 0, row.findings()));
    }

    /**
     * As {@link #insert}, unless a row with this id exists: then nothing is written and false is
     * returned. One statement: the look-up and the insert that intake of a redelivering transport
     * needs for every message.
     */
    boolean insertIfAbsent(NewRow row) {
        int inserted = jdbc.update(
                COLUMNS + "select " + PARAMETERS + " where not exists (select 1 from bericht where id = ?)", ps -> {
                    bind(ps, row);
                    ps.setObject(19, row.id());
                });
        if (inserted == 0) {
            return false;
        }
        addFindings(row.id(), 0, row.findings());
        return true;
    }

    private static void bind(PreparedStatement ps, NewRow row) throws SQLException {
        OffsetDateTime at = utc(row.at());
        ps.setObject(1, row.id());
        ps.setString(2, row.direction().name());
        ps.setString(3, row.channel().name());
        ps.setString(4, row.partner());
        ps.setString(5, row.type() == null ? null : row.type().name());
        ps.setString(6, row.type() == null ? null : row.type().berichtCode());
        ps.setString(7, row.afzender());
        ps.setString(8, row.ontvanger());
        ps.setString(9, row.identificatie());
        ps.setObject(10, row.dagtekening(), Types.DATE);
        ps.setString(11, row.status().name());
        ps.setObject(12, at);
        ps.setObject(13, utc(row.updatedAt()));
        ps.setString(14, row.payload());
        ps.setObject(15, row.relatedId());
        ps.setString(16, row.clientHash());
        ps.setObject(17, row.replayOf());
        ps.setBoolean(18, row.replayForced());
    }

    private static final String ENTRY_COLUMNS =
            """
            select id, partner, status, replay_of, channel, bericht_type, afzender, ontvanger,
              identificatie, dagtekening, client_hash
            from bericht
            """;

    private static final RowMapper<MessageLog.Entry> ENTRY = (rs, i) -> new MessageLog.Entry(
            rs.getObject("id", UUID.class),
            rs.getString("partner"),
            Status.valueOf(rs.getString("status")),
            rs.getObject("replay_of", UUID.class),
            Channel.valueOf(rs.getString("channel")),
            rs.getString("bericht_type") == null ? null : BerichtType.valueOf(rs.getString("bericht_type")),
            rs.getString("afzender"),
            rs.getString("ontvanger"),
            rs.getString("identificatie"),
            rs.getObject("dagtekening", LocalDate.class),
            rs.getString("client_hash"));

    Optional<MessageLog.Entry> head(UUID id) {
        return jdbc.query(ENTRY_COLUMNS + "where id = ?", ENTRY, id).stream().findFirst();
    }

    /**
     * In one read: the row with this id (when there is one), and every other accepted inbound row of
     * this sender with this Identificatie for this BerichtCode (TR056).
     */
    List<MessageLog.Entry> headAndNamesakes(UUID id, String afzender, String berichtCode, String identificatie) {
        return jdbc.query(
                ENTRY_COLUMNS + "where id = ?\nunion all\n" + ENTRY_COLUMNS
                        + """
                        where direction = 'IN' and afzender = ? and bericht_code = ? and identificatie = ?
                          and status in ('ACCEPTED', 'DELIVERED') and id <> ?""",
                ENTRY,
                id,
                afzender,
                berichtCode,
                identificatie,
                id);
    }

    /**
     * The latest accepted inbound message of this type from this sender with this Identificatie,
     * addressed to this receiver on this Dagtekening: the heenbericht a retour answers. Its id only:
     * the row itself (payload and all) is not needed.
     */
    Optional<UUID> heenbericht(
            String afzender, String berichtCode, String identificatie, String ontvanger, LocalDate dagtekening) {
        return jdbc
                .queryForList(
                        """
                        select id from bericht
                        where direction = 'IN' and afzender = ? and bericht_code = ? and identificatie = ?
                          and status in ('ACCEPTED', 'DELIVERED') and ontvanger = ? and dagtekening = ?
                        order by received_at desc
                        fetch first 1 rows only""",
                        UUID.class,
                        afzender,
                        berichtCode,
                        identificatie,
                        ontvanger,
                        dagtekening)
                .stream()
                .findFirst();
    }

    /**
     * A decision: the new status, the message it answers (null: none; an inbound row has no link
     * before its decision), and the findings after those the message already has. One update of the
     * row for status and link.
     */
    void decide(UUID id, Status status, Instant at, UUID relatedId, List<Finding> findings) {
        jdbc.update(
                "update bericht set status = ?, updated_at = ?, related_id = ? where id = ?",
                status.name(),
                utc(at),
                relatedId,
                id);
        if (!findings.isEmpty()) {
            Integer existing =
                    jdbc.queryForObject("select count(*) from bericht_finding where bericht_id = ?", Integer.class, id);
            addFindings(id, existing == null ? 0 : existing, findings);
        }
    }

    private void addFindings(UUID id, int firstSeq, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into bericht_finding (bericht_id, seq, rule, retour_code, level, message, path) values (?, ?, ?, ?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Finding finding = findings.get(i);
                        ps.setObject(1, id);
                        ps.setInt(2, firstSeq + i);
                        ps.setString(3, finding.rule());
                        ps.setString(4, finding.retourCode());
                        ps.setString(5, finding.level().name());
                        ps.setString(6, BerichtFinding.storableMessage(finding.message()));
                        ps.setString(7, finding.path());
                    }

                    @Override
                    public int getBatchSize() {
                        return findings.size();
                    }
                });
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
