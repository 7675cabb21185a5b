package nl.ketenhub.declaratie;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Prestatie;
import nl.ketenhub.canonical.PrestatieRows;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.canonical.ToewijzingRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads behind a 323's {@link Stand}, in plain SQL and a fixed number whatever the number of
 * prestaties: the toewijzingen with their current versions and approved debits, the earlier
 * prestaties behind the references, the aanbieder's declaraties. An entity query per prestatie and
 * per toewijzing cost two to four each. They run before the 323 changes anything, so there is
 * nothing unflushed for them to miss.
 */
@Component
class StandReads {

    private static final String TOEGEKEND = Prestatie.Status.TOEGEKEND.name();
    private static final String AFGEWEZEN = Prestatie.Status.AFGEWEZEN.name();

    private final JdbcClient jdbc;

    StandReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The toewijzingen found, each with its current version (none: every version rejected) and approved debits. */
    Map<Long, Toewijzingstand> toewijzingen(String gemeente, Standaard standaard, Set<Long> nummers) {
        Map<Long, Toewijzingstand> stand = new HashMap<>();
        if (nummers.isEmpty()) {
            return stand;
        }
        ToewijzingRows.withVersions(
                        jdbc,
                        """
                        t.toewijzingnummer, t.client_id, t.aanbieder, v.id as versie_id, v.productcategorie,
                          v.productcode, v.ingangsdatum, v.einddatum, v.reden_wijziging, v.volume, v.eenheid,
                          v.frequentie, v.budget
                        """,
                        gemeente,
                        standaard,
                        nummers)
                .query(rs -> {
                    long nummer = rs.getLong("toewijzingnummer");
                    if (!stand.containsKey(nummer)) {
                        stand.put(
                                nummer,
                                new Toewijzingstand(
                                        nummer,
                                        rs.getLong("client_id"),
                                        rs.getString("aanbieder"),
                                        versie(rs),
                                        List.of()));
                    }
                });
        if (stand.isEmpty()) {
            return stand;
        }
        PrestatieRows.approvedDebits(
                        jdbc,
                        """
                        p.toewijzingnummer, p.referentienummer, p.periode_begin, p.periode_eind,
                          p.productcategorie, p.productcode, p.geleverd_volume, p.eenheid, p.bedrag
                        """,
                        gemeente,
                        standaard,
                        stand.keySet())
                .query(rs -> {
                    String categorie = rs.getString("productcategorie");
                    stand.get(rs.getLong("toewijzingnummer"))
                            .toegekend()
                            .add(new Claim(
                                    rs.getString("referentienummer"),
                                    rs.getObject("periode_begin", LocalDate.class),
                                    rs.getObject("periode_eind", LocalDate.class),
                                    categorie == null ? "" : categorie,
                                    categorie == null ? "" : rs.getString("productcode"),
                                    rs.getLong("geleverd_volume"),
                                    rs.getString("eenheid"),
                                    rs.getLong("bedrag")));
                });
        return stand;
    }

    /** The current version of the row's toewijzing; null when it has no ACTIVE version. */
    private static Versie versie(ResultSet rs) throws SQLException {
        rs.getLong("versie_id");
        if (rs.wasNull()) {
            return null;
        }
        String categorie = rs.getString("productcategorie");
        long volume = rs.getLong("volume");
        Omvang omvang = rs.wasNull() ? null : new Omvang(volume, rs.getString("eenheid"), rs.getString("frequentie"));
        long budget = rs.getLong("budget");
        Long euroCents = rs.wasNull() ? null : budget;
        return new Versie(
                categorie == null ? null : new Product(categorie, rs.getString("productcode")),
                rs.getObject("ingangsdatum", LocalDate.class),
                rs.getObject("einddatum", LocalDate.class),
                rs.getString("reden_wijziging"),
                omvang,
                euroCents);
    }

    /**
     * The aanbieder's earlier prestaties behind the 323's ReferentieNummers and VorigReferentieNummers
     * (TR314, TR323), and the credits already sent for the latter (TR390), in one read.
     */
    Prestatielog prestatielog(String aanbieder, Standaard standaard, Set<String> referenties, Set<String> vorige) {
        Set<String> nummers = new LinkedHashSet<>(referenties);
        nummers.addAll(vorige);
        if (nummers.isEmpty()) {
            return Prestatielog.empty();
        }
        Set<String> ingediend = new HashSet<>();
        Set<String> toegekendeDebets = new HashSet<>();
        Set<String> gecrediteerd = new HashSet<>();
        String credits = vorige.isEmpty() ? "" : " or (p.debet_credit = 'C' and p.vorig_referentienummer in (:vorige))";
        JdbcClient.StatementSpec statement = jdbc.sql(
                        """
                        select p.referentienummer, p.vorig_referentienummer, p.debet_credit, p.status
                        from prestatie p join declaratie d on d.id = p.declaratie_id
                        where d.aanbieder = :aanbieder and d.standaard = :standaard
                          and (p.referentienummer in (:nummers)%s)
                        """
                                .formatted(credits))
                .param("aanbieder", aanbieder)
                .param("standaard", standaard.name())
                .param("nummers", nummers);
        if (!vorige.isEmpty()) {
            statement = statement.param("vorige", vorige);
        }
        statement.query(rs -> {
            String referentie = rs.getString("referentienummer");
            String vorig = rs.getString("vorig_referentienummer");
            String debetCredit = rs.getString("debet_credit");
            String status = rs.getString("status");
            if (referenties.contains(referentie)) {
                ingediend.add(referentie);
            }
            if (vorige.contains(referentie) && "D".equals(debetCredit) && TOEGEKEND.equals(status)) {
                toegekendeDebets.add(referentie);
            }
            if (vorig != null && vorige.contains(vorig) && "C".equals(debetCredit) && !AFGEWEZEN.equals(status)) {
                gecrediteerd.add(vorig);
            }
        });
        return new Prestatielog(ingediend, toegekendeDebets, gecrediteerd);
    }

    record Declaraties(boolean nummerBekend, YearMonth laatstePeriode) {}

    /** TR333 (the DeclaratieNummer used before) and TR318 (the latest DeclaratiePeriode) in one read. */
    Declaraties declaraties(String aanbieder, String gemeente, Standaard standaard, String declaratieNummer) {
        return jdbc.sql(
                        """
                        select
                          (select count(*) from declaratie
                           where aanbieder = :aanbieder and standaard = :standaard
                             and declaratienummer = :nummer) as gebruikt,
                          (select max(periode_begin) from declaratie
                           where aanbieder = :aanbieder and gemeente = :gemeente
                             and standaard = :standaard) as laatste
                        """)
                .param("aanbieder", aanbieder)
                .param("gemeente", gemeente)
                .param("standaard", standaard.name())
                .param("nummer", declaratieNummer)
                .query((rs, row) -> {
                    LocalDate laatste = rs.getObject("laatste", LocalDate.class);
                    return new Declaraties(
                            rs.getLong("gebruikt") > 0, laatste == null ? null : YearMonth.from(laatste));
                })
                .single();
    }
}
