package nl.ketenhub.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.BsnProtector;
import nl.ketenhub.canonical.Elfproef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The operators' message browser: the message log filtered by BerichtCode, partner, status, period,
 * Identificatie, ToewijzingNummer and client, newest first, one page at a time. Every filter has an
 * index (V6__monitoring.sql). The client is given by BSN and matched through its keyed hash; a BSN
 * is never returned nor logged.
 */
@Component
class BerichtSearch {

    static final int MAX_SIZE = 200;

    private static final String COLUMNS =
            """
            b.id, b.direction, b.channel, b.partner, b.bericht_code, b.bericht_type, b.afzender, b.ontvanger,
            b.identificatie, b.dagtekening, b.status, b.received_at, b.updated_at, b.related_id, b.replay_of\
            """;

    private final JdbcTemplate jdbc;
    private final BsnProtector bsnProtector;

    BerichtSearch(JdbcTemplate jdbc, BsnProtector bsnProtector) {
        this.jdbc = jdbc;
        this.bsnProtector = bsnProtector;
    }

    /**
     * What to look for; null fields do not filter.
     *
     * @param partner the partner code of the message: the sender of an inbound, the receiver of an
     *     outbound message
     * @param from received at or after; {@code to}: received before
     * @param bsn the client's BSN (9 digits, 11-proef)
     * @param page 0-based
     */
    record Filter(
            String berichtCode,
            String partner,
            Bericht.Status status,
            Instant from,
            Instant to,
            String identificatie,
            Long toewijzingNummer,
            String bsn,
            int page,
            int size) {

        Filter {
            if (page < 0) {
                throw new IllegalArgumentException("page must be 0 or more");
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new IllegalArgumentException("size must be 1.." + MAX_SIZE);
            }
            if (bsn != null && !(bsn.matches("[0-9]{9}") && Elfproef.isValid(bsn))) {
                // never echo the value: it may be a real BSN with a typo
                throw new IllegalArgumentException("bsn must be 9 digits passing the 11-proef");
            }
        }

        Filter withPage(int newPage, int newSize) {
            return new Filter(
                    berichtCode, partner, status, from, to, identificatie, toewijzingNummer, bsn, newPage, newSize);
        }
    }

    /** One message as the browser lists it: header data and links, never the payload. */
    record Row(
            UUID id,
            Bericht.Direction direction,
            String channel,
            String partner,
            String berichtCode,
            String berichtType,
            String afzender,
            String ontvanger,
            String identificatie,
            LocalDate dagtekening,
            Bericht.Status status,
            Instant receivedAt,
            Instant updatedAt,
            UUID relatedId,
            UUID replayOf) {}

    record Page(List<Row> berichten, int page, int size, boolean more) {}

    /** SQL and arguments of a search; package-visible so tests can EXPLAIN it. */
    record Query(String sql, List<Object> args) {}

    Page search(Filter filter) {
        return search(filter, null);
    }

    /** As {@link #search(Filter)}, limited to the messages of this gemeente when it is not null (a regisseur). */
    Page search(Filter filter, String gemeente) {
        Query query = query(filter, gemeente);
        List<Row> rows =
                jdbc.query(query.sql(), BerichtSearch::row, query.args().toArray());
        boolean more = rows.size() > filter.size();
        return new Page(more ? rows.subList(0, filter.size()) : rows, filter.page(), filter.size(), more);
    }

    /** The ids of the newest inbound messages matching the filter, at most {@code limit}. */
    List<UUID> inboundIds(Filter filter, int limit) {
        List<UUID> ids = new java.util.ArrayList<>();
        int page = 0;
        while (ids.size() < limit && page < 50) {
            Page result = search(filter.withPage(page++, MAX_SIZE));
            result.berichten().stream()
                    .filter(r -> r.direction() == Bericht.Direction.IN)
                    .map(Row::id)
                    .limit(limit - ids.size())
                    .forEach(ids::add);
            if (!result.more()) {
                break;
            }
        }
        return ids;
    }

    Query query(Filter filter) {
        return query(filter, null);
    }

    private Query query(Filter filter, String gemeente) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (gemeente != null) {
            where.append(" and (b.partner = ? or b.afzender = ? or b.ontvanger = ?)");
            args.add(gemeente);
            args.add(gemeente);
            args.add(gemeente);
        }
        if (filter.berichtCode() != null) {
            where.append(" and b.bericht_code = ?");
            args.add(filter.berichtCode());
        }
        if (filter.partner() != null) {
            where.append(" and b.partner = ?");
            args.add(filter.partner());
        }
        if (filter.status() != null) {
            where.append(" and b.status = ?");
            args.add(filter.status().name());
        }
        if (filter.from() != null) {
            where.append(" and b.received_at >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and b.received_at < ?");
            args.add(Timestamp.from(filter.to()));
        }
        if (filter.identificatie() != null) {
            where.append(" and b.identificatie = ?");
            args.add(filter.identificatie());
        }
        if (filter.toewijzingNummer() != null) {
            // the 301s that carried the number (toewijzing_versie.bericht_id), and what they caused
            String carriers =
                    """
                    select v.bericht_id from toewijzing_versie v join toewijzing t on t.id = v.toewijzing_id
                    where t.toewijzingnummer = ?""";
            where.append(" and b.id in (" + carriers + " union select r.id from bericht r where r.related_id in ("
                    + carriers + "))");
            args.add(filter.toewijzingNummer());
            args.add(filter.toewijzingNummer());
        }
        if (filter.bsn() != null) {
            where.append(" and b.client_hash = ?");
            args.add(bsnProtector.hash(filter.bsn()));
        }
        args.add(filter.size() + 1);
        args.add((long) filter.page() * filter.size());
        return new Query(
                "select " + COLUMNS + " from bericht b" + where
                        + " order by b.received_at desc, b.id desc limit ? offset ?",
                args);
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                uuid(rs.getString("id")),
                Bericht.Direction.valueOf(rs.getString("direction")),
                rs.getString("channel"),
                rs.getString("partner"),
                rs.getString("bericht_code"),
                rs.getString("bericht_type"),
                rs.getString("afzender"),
                rs.getString("ontvanger"),
                rs.getString("identificatie"),
                rs.getObject("dagtekening", LocalDate.class),
                Bericht.Status.valueOf(rs.getString("status")),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                uuid(rs.getString("related_id")),
                uuid(rs.getString("replay_of")));
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
