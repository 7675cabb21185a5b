package nl.ketenhub.canonical;

import java.util.Collection;
import nl.ketenhub.bericht.Standaard;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plain SQL over prestaties, the one definition of what counts against a toewijzing: its approved
 * (TOEGEKEND) debits that no approved credit of the same aanbieder cancels (TR322, TR369, TR389 on
 * the 323's path; TR385 on the 301's).
 */
public final class PrestatieRows {

    private PrestatieRows() {}

    /**
     * The approved, not credited debits on the toewijzingen (gemeente, standaard, ToewijzingNummer),
     * oldest first.
     *
     * @param columns the select list over {@code p} (prestatie) and {@code d} (its declaratie)
     */
    public static JdbcClient.StatementSpec approvedDebits(
            JdbcClient jdbc, String columns, String gemeente, Standaard standaard, Collection<Long> nummers) {
        return jdbc.sql(
                        "select " + columns
                                + """

                        from prestatie p join declaratie d on d.id = p.declaratie_id
                        where d.gemeente = :gemeente and d.standaard = :standaard and p.toewijzingnummer in (:nummers)
                          and p.debet_credit = 'D' and p.status = :toegekend
                          and not exists (
                            select 1 from prestatie c join declaratie cd on cd.id = c.declaratie_id
                            where cd.aanbieder = d.aanbieder and cd.standaard = d.standaard
                              and c.vorig_referentienummer = p.referentienummer
                              and c.debet_credit = 'C' and c.status = :toegekend)
                        order by p.id
                        """)
                .param("gemeente", gemeente)
                .param("standaard", standaard.name())
                .param("nummers", nummers)
                .param("toegekend", Prestatie.Status.TOEGEKEND.name());
    }
}
