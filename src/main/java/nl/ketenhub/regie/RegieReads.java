package nl.ketenhub.regie;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.canonical.RegieEvent;
import nl.ketenhub.canonical.ToewijzingRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the 305/307 rules read, in plain SQL: the classes the hub applied for one client at one
 * aanbieder, and the toewijzingen the classes refer to, all of them in one read with their versions
 * and whether the 301 of a version was delivered. As entity queries that was a query per toewijzing,
 * its versions twice and a message-log look-up per version. Runs before the message changes anything.
 */
@Component
class RegieReads {

    private static final String DELIVERED = Bericht.Status.DELIVERED.name();

    private final JdbcClient jdbc;

    RegieReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The client's accepted classes at this aanbieder, in the order the hub applied them. */
    List<RegieKlasse> applied(long clientId, String aanbieder) {
        return jdbc.sql(
                        """
                        select soort, toewijzingnummer, toewijzing_ingangsdatum, productcategorie, productcode,
                          begindatum, einddatum, reden_beeindiging, status_aanlevering
                        from regie_event where client_id = :client and aanbieder = :aanbieder
                        order by id
                        """)
                .param("client", clientId)
                .param("aanbieder", aanbieder)
                .query((rs, row) -> {
                    long nummer = rs.getLong("toewijzingnummer");
                    Long toewijzing = rs.wasNull() ? null : nummer;
                    String categorie = rs.getString("productcategorie");
                    Product product = categorie == null ? null : new Product(categorie, rs.getString("productcode"));
                    LocalDate ingang = rs.getObject("toewijzing_ingangsdatum", LocalDate.class);
                    LocalDate begin = rs.getObject("begindatum", LocalDate.class);
                    String status = rs.getString("status_aanlevering");
                    if (RegieEvent.Soort.START.name().equals(rs.getString("soort"))) {
                        return (RegieKlasse) new StartProduct(toewijzing, product, ingang, begin, status);
                    }
                    return new StopProduct(
                            toewijzing,
                            product,
                            ingang,
                            begin,
                            rs.getString("reden_beeindiging"),
                            rs.getObject("einddatum", LocalDate.class),
                            status);
                })
                .list();
    }

    /**
     * The toewijzingen with these numbers as TR019 sees them: delivered when the 301 of one of its
     * versions that counts was delivered, deleted when its current version (the latest that counts)
     * deletes it.
     */
    Map<Long, RegieContext.BekendeToewijzing> toewijzingen(String gemeente, Standaard standaard, Set<Long> nummers) {
        Map<Long, RegieContext.BekendeToewijzing> bekend = new HashMap<>();
        if (nummers.isEmpty()) {
            return bekend;
        }
        Set<Long> afgeleverd = new HashSet<>();
        Map<Long, Current> toewijzing = new HashMap<>();
        ToewijzingRows.withVersions(
                        jdbc,
                        """
                        t.toewijzingnummer, t.client_id, t.aanbieder, v.id as versie_id, v.ingangsdatum, v.einddatum,
                          v.reden_wijziging, (select b.status from bericht b where b.id = v.bericht_id) as bericht_status
                        """,
                        gemeente,
                        standaard,
                        nummers)
                .query(rs -> {
                    long nummer = rs.getLong("toewijzingnummer");
                    if (DELIVERED.equals(rs.getString("bericht_status"))) {
                        afgeleverd.add(nummer);
                    }
                    if (!toewijzing.containsKey(nummer)) {
                        // the first row of a toewijzing holds its current version (none: no version counts)
                        rs.getLong("versie_id");
                        boolean current = !rs.wasNull();
                        boolean verwijderd = current
                                && isVerwijderd(
                                        rs.getString("reden_wijziging"),
                                        rs.getObject("ingangsdatum", LocalDate.class),
                                        rs.getObject("einddatum", LocalDate.class));
                        toewijzing.put(
                                nummer, new Current(rs.getLong("client_id"), rs.getString("aanbieder"), verwijderd));
                    }
                });
        toewijzing.forEach((nummer, current) -> bekend.put(
                nummer,
                new RegieContext.BekendeToewijzing(
                        current.clientId(), current.aanbieder(), afgeleverd.contains(nummer), current.verwijderd())));
        return bekend;
    }

    private record Current(long clientId, String aanbieder, boolean verwijderd) {}

    /** RedenWijziging 13 (or the obsolete 01) with Einddatum = Ingangsdatum. */
    private static boolean isVerwijderd(String reden, LocalDate ingang, LocalDate einde) {
        return ("13".equals(reden) || "01".equals(reden)) && ingang.equals(einde);
    }
}
