package nl.ketenhub.canonical;

import java.util.List;
import nl.ketenhub.bericht.Standaard;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PrestatieRepository extends JpaRepository<Prestatie, Long> {

    List<Prestatie> findByDeclaratieOrderByIdAsc(Declaratie declaratie);

    List<Prestatie> findByClientIdAndToewijzingnummerOrderByIdAsc(Long clientId, Long toewijzingnummer);

    /**
     * Approved (TOEGEKEND) debit prestaties on a toewijzing that no approved credit cancels: what
     * counts against its volume and budget (TR322, TR369, TR389).
     */
    @Query(
            """
            select p from Prestatie p join p.declaratie d
            where d.gemeente = :gemeente and d.standaard = :standaard and p.toewijzingnummer = :toewijzingnummer
              and p.debetCredit = 'D'
              and p.status = nl.ketenhub.canonical.Prestatie.Status.TOEGEKEND
              and not exists (
                select c.id from Prestatie c join c.declaratie cd
                where cd.aanbieder = d.aanbieder and cd.standaard = d.standaard
                  and c.vorigReferentienummer = p.referentienummer
                  and c.debetCredit = 'C'
                  and c.status = nl.ketenhub.canonical.Prestatie.Status.TOEGEKEND)
            order by p.id
            """)
    List<Prestatie> findApprovedUncredited(String gemeente, Standaard standaard, long toewijzingnummer);

    /**
     * TR385: whether a toewijzing (gemeente, standaard, ToewijzingNummer) has approved, not credited
     * prestaties, so that it may not be deleted (RedenWijziging 13).
     */
    default boolean existsApprovedUncredited(String gemeente, Standaard standaard, long toewijzingnummer) {
        return !findApprovedUncredited(gemeente, standaard, toewijzingnummer).isEmpty();
    }
}
