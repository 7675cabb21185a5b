package nl.ketenhub.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.BerichtType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * OP090: answers that did not come back in time, from the message log. A 301 or 319 the hub
 * delivered to an aanbieder needs its retour (302/320) within 3 working days; a 323 forwarded to a
 * gemeente whose back office answers declarations ({@code ketenhub.monitoring.backend-gemeenten})
 * needs its 325 within 10 working days. The clock starts on the day of delivery; working days are
 * Monday to Friday ({@link WorkingDays}). A retour counts when the aanbieder sent it with the
 * heenbericht's Afzender and Identificatie and intake did not refuse it; a 325 counts when it is
 * linked to the 323 (related id, set by the declaration handler). Only deliveries within the
 * look-back window are considered.
 */
@Component
class OverdueAnswers {

    static final int RETOUR_DAYS = 3;
    static final int DECLARATIE_ANTWOORD_DAYS = 10;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MonitoringProperties properties;

    OverdueAnswers(JdbcTemplate jdbc, Clock clock, MonitoringProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** One heenbericht waiting too long for its answer; never a BSN. */
    record Overdue(
            String berichtId,
            String berichtCode,
            String receiver,
            String afzender,
            String identificatie,
            OffsetDateTime deliveredAt,
            String awaited) {}

    List<Overdue> now() {
        return asOf(LocalDate.now(clock.withZone(AMSTERDAM)));
    }

    List<Overdue> asOf(LocalDate today) {
        List<Overdue> result = new ArrayList<>();
        for (BerichtType heen : Set.of(BerichtType.JW301, BerichtType.WMO301, BerichtType.JW319, BerichtType.WMO319)) {
            result.addAll(retoursOverdue(heen, today));
        }
        if (!properties.backendGemeenten().isEmpty()) {
            for (BerichtType heen : Set.of(BerichtType.JW323, BerichtType.WMO323)) {
                result.addAll(declaratieAntwoordenOverdue(heen, today));
            }
        }
        result.sort((a, b) -> a.deliveredAt().compareTo(b.deliveredAt()));
        return result;
    }

    private List<Overdue> retoursOverdue(BerichtType heen, LocalDate today) {
        BerichtType retour = heen.retour().orElseThrow();
        return jdbc.query(
                """
                select o.id, o.bericht_code, o.partner, o.afzender, o.identificatie, o.updated_at
                from bericht o
                where o.direction = 'OUT' and o.status = 'DELIVERED' and o.bericht_code = ?
                  and o.updated_at >= ? and o.updated_at < ?
                  and not exists (
                    select 1 from bericht r
                    where r.afzender = o.afzender and r.bericht_code = ? and r.identificatie = o.identificatie
                      and r.direction = 'IN' and r.partner = o.partner and r.status <> 'REJECTED')
                """,
                (rs, i) -> new Overdue(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class),
                        retour.name()),
                heen.berichtCode(),
                lookBackStart(today),
                cutoff(today, RETOUR_DAYS),
                retour.berichtCode());
    }

    private List<Overdue> declaratieAntwoordenOverdue(BerichtType heen, LocalDate today) {
        BerichtType antwoord = BerichtType.of(heen.standaard(), 325);
        String gemeenten = String.join(
                ",", properties.backendGemeenten().stream().map(g -> "?").toList());
        List<Object> args = new ArrayList<>(
                List.of(heen.berichtCode(), lookBackStart(today), cutoff(today, DECLARATIE_ANTWOORD_DAYS)));
        args.addAll(properties.backendGemeenten());
        args.add(antwoord.berichtCode());
        return jdbc.query(
                """
                select o.id, o.bericht_code, o.partner, o.afzender, o.identificatie, o.updated_at
                from bericht o
                where o.direction = 'OUT' and o.status = 'DELIVERED' and o.bericht_code = ?
                  and o.updated_at >= ? and o.updated_at < ? and o.partner in (%s)
                  and not exists (
                    select 1 from bericht a
                    where a.related_id = o.related_id and a.bericht_code = ? and a.direction = 'IN'
                      and a.partner = o.partner and a.status <> 'REJECTED')
                """
                        .formatted(gemeenten),
                (rs, i) -> new Overdue(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class),
                        antwoord.name()),
                args.toArray());
    }

    /** Deliveries before the start of the day after the last overdue date are overdue. */
    private static Timestamp cutoff(LocalDate today, int workingDays) {
        LocalDate last = WorkingDays.lastDateOverdueBy(today, workingDays);
        return Timestamp.from(last.plusDays(1).atStartOfDay(AMSTERDAM).toInstant());
    }

    private Timestamp lookBackStart(LocalDate today) {
        return Timestamp.from(today.minus(properties.overdueLookBack())
                .atStartOfDay(AMSTERDAM)
                .toInstant());
    }
}
