package nl.ketenhub.spreadsheet;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenhub.bericht.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables upload and upload_rij (V11): which row of an upload became which message. */
@Component
class UploadStore {

    private final JdbcClient jdbc;

    UploadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An upload as stored; {@code afgekeurd} is the report of an upload refused whole, else null. */
    record Upload(
            UUID id,
            String partner,
            Channel kanaal,
            String bestandsnaam,
            Instant ontvangenOp,
            String afgekeurd,
            String rapportPad) {}

    /** A row that became (part of) a message. */
    record RowLink(int rij, String bericht, UUID berichtId, String pad) {}

    void create(Upload upload) {
        jdbc.sql("insert into upload (id, partner, kanaal, bestandsnaam, ontvangen_op, afgekeurd, rapport_pad)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        upload.id(),
                        upload.partner(),
                        upload.kanaal().name(),
                        upload.bestandsnaam(),
                        OffsetDateTime.ofInstant(upload.ontvangenOp(), ZoneOffset.UTC),
                        upload.afgekeurd(),
                        upload.rapportPad())
                .update();
    }

    void addRows(UUID upload, List<RowLink> rows) {
        for (RowLink row : rows) {
            jdbc.sql("insert into upload_rij (upload_id, rij, bericht, bericht_id, pad) values (?, ?, ?, ?, ?)")
                    .params(upload, row.rij(), row.bericht(), row.berichtId(), row.pad())
                    .update();
        }
    }

    Optional<Upload> find(UUID id) {
        return jdbc.sql("select id, partner, kanaal, bestandsnaam, ontvangen_op, afgekeurd, rapport_pad"
                        + " from upload where id = ?")
                .param(id)
                .query((rs, n) -> new Upload(
                        rs.getObject("id", UUID.class),
                        rs.getString("partner"),
                        Channel.valueOf(rs.getString("kanaal")),
                        rs.getString("bestandsnaam"),
                        instant(rs.getTimestamp("ontvangen_op")),
                        rs.getString("afgekeurd"),
                        rs.getString("rapport_pad")))
                .optional();
    }

    List<RowLink> rows(UUID upload) {
        return jdbc.sql("select rij, bericht, bericht_id, pad from upload_rij where upload_id = ? order by rij")
                .param(upload)
                .query((rs, n) -> new RowLink(
                        rs.getInt("rij"),
                        rs.getString("bericht"),
                        rs.getObject("bericht_id", UUID.class),
                        rs.getString("pad")))
                .list();
    }

    /** Uploads of the file drop whose final report is not written yet, oldest first. */
    List<UUID> unreported() {
        return jdbc.sql("select id from upload where rapport_pad is not null and gerapporteerd_op is null"
                        + " order by ontvangen_op")
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .list();
    }

    void reported(UUID id, Instant at) {
        jdbc.sql("update upload set gerapporteerd_op = ? where id = ?")
                .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id)
                .update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
