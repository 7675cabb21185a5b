package nl.ketenhub.canonical;

import java.util.Collection;
import nl.ketenhub.bericht.Standaard;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plain SQL over toewijzingen for the readers on a message's path (the 323's and the 305/307's):
 * one row per version that counts (ACTIVE), the current one first per toewijzing (latest
 * Toewijzingsdatum, -tijd, id: what {@link ToewijzingVersieRepository#currentVersion} returns), and
 * one row with null version columns for a toewijzing without one.
 */
public final class ToewijzingRows {

    private ToewijzingRows() {}

    /**
     * @param columns the select list over {@code t} (toewijzing) and {@code v} (toewijzing_versie)
     */
    public static JdbcClient.StatementSpec withVersions(
            JdbcClient jdbc, String columns, String gemeente, Standaard standaard, Collection<Long> nummers) {
        return jdbc.sql(
                        "select " + columns
                                + """

                        from toewijzing t
                          left join toewijzing_versie v on v.toewijzing_id = t.id and v.status = :active
                        where t.gemeente = :gemeente and t.standaard = :standaard and t.toewijzingnummer in (:nummers)
                        order by t.toewijzingnummer, v.toewijzingsdatum desc, v.toewijzingstijd desc, v.id desc
                        """)
                .param("active", ToewijzingVersie.Status.ACTIVE.name())
                .param("gemeente", gemeente)
                .param("standaard", standaard.name())
                .param("nummers", nummers);
    }
}
